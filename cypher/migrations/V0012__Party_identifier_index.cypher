// Parties by their identifiers, for search: identifierKeys holds each "type:value" without blanks,
// dashes, dots and slashes, in capitals ("TAX_ID:DE123456789"), as resolution compares them. The
// statements that write identifiers write the keys beside them; parties written before get theirs here.
CREATE FULLTEXT INDEX party_identifiers IF NOT EXISTS
FOR (p:Party) ON EACH [p.identifierKeys]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'keyword'}};

MATCH (p:Party)
WHERE p.identifiers IS NOT NULL
SET p.identifierKeys = [i IN p.identifiers | toUpper(replace(replace(replace(replace(i, ' ', ''), '-', ''), '.', ''), '/', ''))];
