// Who works for, owns, founded or advises which organization.
MATCH (person:Person {tenant: $tenant})-[rel:EMPLOYEE_OF|OWNER_OF|FOUNDER_OF|CO_FOUNDER_OF|ADVISOR_TO|BOARD_MEMBER_OF]->(org:Organization {tenant: $tenant})
RETURN person.displayName AS person, type(rel) AS relationship, rel.title AS title, org.displayName AS organization,
       rel.isCurrent AS current
ORDER BY organization, person
LIMIT 200
