/**
 * Deciding what a record's scores mean: join a party above the auto-link threshold (merging parties the
 * record strongly matches at once), a suggestion for review in the band below it, otherwise a party of
 * its own; thresholds per tenant.
 */
package com.partygraph.resolution.decide;
