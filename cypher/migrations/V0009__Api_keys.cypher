// API keys, found by their public id when a request presents one, listed per tenant.
CREATE CONSTRAINT api_key_id IF NOT EXISTS
FOR (k:ApiKey) REQUIRE k.id IS UNIQUE;
CREATE INDEX api_key_tenant IF NOT EXISTS
FOR (k:ApiKey) ON (k.tenant);
