/**
 * Candidate search (blocking): a tenant's records in memory by blocking keys (emails, phones, domains,
 * identifiers, phonetic names with birth year or postcode, sorted name words, addresses), so that one
 * record's candidates are found in microseconds and very frequent keys are passed over.
 */
package com.partygraph.resolution.candidates;
