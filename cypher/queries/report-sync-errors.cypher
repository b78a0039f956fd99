// The tenant's sync-error figures: by source system and status, by table, by kind of reason (the reason up
// to its first colon), unresolved, and new in the last 24 hours; and the live records applied with field-level
// warnings, by kind of warning (the column and what is wrong, without the value).
MATCH (e:SyncError {tenant: $tenant})
WITH collect(e) AS errors
CALL () {
  MATCH (s:SourceRecord {tenant: $tenant})
  WHERE s.warnings IS NOT NULL AND NOT coalesce(s.deleted, false)
  RETURN collect(s.warnings) AS warned
}
RETURN size(errors) AS total, size(warned) AS recordsWithWarnings,
       COLLECT { UNWIND warned AS warnings
                 UNWIND warnings AS w
                 WITH CASE WHEN w CONTAINS "' is " THEN split(w, ':')[0] + ': is ' + split(w, "' is ")[1]
                           ELSE split(w, ';')[0] END AS kind, count(*) AS n
                 RETURN {kind: left(kind, 80), warnings: n} AS row ORDER BY row.warnings DESC, row.kind } AS warningsByKind,
       size([e IN errors WHERE e.status = 'open']) AS unresolved,
       size([e IN errors WHERE e.at >= datetime() - duration('PT24H')]) AS last24h,
       COLLECT { UNWIND errors AS e
                 WITH e.source AS source, e.status AS status, count(*) AS n
                 RETURN {source: source, status: status, errors: n} AS row ORDER BY row.source, row.status } AS bySource,
       COLLECT { UNWIND errors AS e
                 WITH e.source + '/' + e.table AS table, count(*) AS n, sum(CASE WHEN e.status = 'open' THEN 1 ELSE 0 END) AS open
                 RETURN {table: table, errors: n, unresolved: open} AS row ORDER BY row.errors DESC, row.table } AS byTable,
       COLLECT { UNWIND errors AS e
                 WITH left(split(e.reason, ':')[0], 80) AS kind, count(*) AS n,
                      sum(CASE WHEN e.status = 'open' THEN 1 ELSE 0 END) AS open
                 RETURN {kind: kind, errors: n, unresolved: open} AS row ORDER BY row.errors DESC, row.kind } AS byKind
