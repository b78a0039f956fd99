// A typed party-to-party edge entered by a steward; $type comes from the RelationshipType allow-list.
MATCH (from:Party {tenant: $tenant, id: $fromId})
MATCH (to:Party {tenant: $tenant, id: $toId})
CREATE (from)-[rel:$($type)]->(to)
SET rel += $properties, rel.sources = [$source], rel.assertions = [$assertion], rel.createdAt = datetime()
RETURN rel {.*, type: type(rel), fromId: from.id, toId: to.id} AS relationship
