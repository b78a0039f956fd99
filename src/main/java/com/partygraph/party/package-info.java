/**
 * Parties as the API sees them: steward entry, lookup with roles, source records and relationships,
 * search by name, email or phone, typed relationships between parties, and the role catalog.
 */
package com.partygraph.party;
