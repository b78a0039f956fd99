/** REST endpoints of the query capability. */
package com.partygraph.query.web;
