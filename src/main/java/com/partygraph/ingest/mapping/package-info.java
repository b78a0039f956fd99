/**
 * The declarative mapping file (what each source table's rows are and which columns carry what) and the
 * row interpretation beside it: a row read through its table mapping into claims (party records,
 * relationships, roles, an activity), with field-level warnings for values that cannot be read.
 */
package com.partygraph.ingest.mapping;
