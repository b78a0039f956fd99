// A tenant's own match model, estimated from its records (POST /api/v1/resolution/model/estimate): one a tenant.
CREATE CONSTRAINT match_model_tenant IF NOT EXISTS
FOR (m:MatchModel) REQUIRE m.tenant IS UNIQUE;
