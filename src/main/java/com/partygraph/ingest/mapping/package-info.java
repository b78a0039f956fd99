/** The declarative mapping file: what each source table's rows are and which columns carry what. */
package com.partygraph.ingest.mapping;
