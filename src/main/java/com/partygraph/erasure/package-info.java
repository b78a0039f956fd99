/**
 * Erasure of personal data: a party's on request ({@code POST /api/v1/parties/{id}/erasure}), and deleted
 * source records' raw rows once their retention has passed.
 */
package com.partygraph.erasure;
