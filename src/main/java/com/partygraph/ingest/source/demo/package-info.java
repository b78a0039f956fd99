/** The demo source: an embedded PostgreSQL with logical replication, seeded from {@code import/}. */
package com.partygraph.ingest.source.demo;
