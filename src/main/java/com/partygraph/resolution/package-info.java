/**
 * Entity resolution: turning source values into comparable keys (normalization) and, in later
 * work, blocking, scoring and deciding which rows are one real party.
 */
package com.partygraph.resolution;
