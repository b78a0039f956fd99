/**
 * Survivorship: a party's attributes chosen from its records by documented rules, each with the
 * records it came from, kept up to date by what one record adds or withdraws (a {@link
 * com.partygraph.resolution.survive.PartyProfile} per party) rather than by reading every record again.
 */
package com.partygraph.resolution.survive;
