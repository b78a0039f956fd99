/** REST for steward decisions: suggestions accepted or rejected, merge, unmerge, link, unlink, never-link, the decision log. */
package com.partygraph.steward.web;
