/** REST endpoint of erasure. */
package com.partygraph.erasure.web;
