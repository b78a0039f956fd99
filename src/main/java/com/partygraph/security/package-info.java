/**
 * Who calls: API keys per tenant with a role ({@link com.partygraph.security.ApiRole}), stored hashed in
 * the graph and checked on every request through Spring Security; the caller's tenant comes from the key.
 * Also the limits every caller meets: request body size and a request rate per key.
 */
package com.partygraph.security;
