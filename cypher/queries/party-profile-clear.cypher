// A party merged into another: its records and what they said moved to the survivor, its profile is empty.
MATCH (p:Party {tenant: $tenant, id: $id})
SET p.profile = $profile
