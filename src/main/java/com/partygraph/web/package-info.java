/**
 * What every REST endpoint shares: the caller's tenant, RFC 9457 problem details for every error,
 * and the OpenAPI description.
 */
package com.partygraph.web;
