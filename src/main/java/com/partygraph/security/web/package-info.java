/** REST endpoints that manage API keys (admin only). */
package com.partygraph.security.web;
