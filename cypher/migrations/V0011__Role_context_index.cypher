// Roles by the context they were given in (a project), for a project's network.
CREATE INDEX has_role_context IF NOT EXISTS
FOR ()-[h:HAS_ROLE]-() ON (h.context);
