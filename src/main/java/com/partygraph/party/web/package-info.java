/** REST endpoints for parties and the role catalog under {@code /api/v1}. */
package com.partygraph.party.web;
