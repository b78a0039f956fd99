/** REST for resolution: the export of every record's party link, and the match suggestions for review. */
package com.partygraph.resolution.web;
