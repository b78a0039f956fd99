/** REST endpoints for ingestion status, running a source now, and the sync error log. */
package com.partygraph.ingest.web;
