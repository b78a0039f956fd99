/** PartyGraph application root: one sub-package per capability (graph, party, resolution, web, browser). */
package com.partygraph;
