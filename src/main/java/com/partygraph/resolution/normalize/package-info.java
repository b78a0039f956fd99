/**
 * Turning source values into comparable forms: person names (parts, nicknames), organization names
 * (legal forms, abbreviations), postal addresses (parts, street types) and dates in the formats real
 * tables hold. The word lists are data files under {@code resolution/} on the classpath.
 */
package com.partygraph.resolution.normalize;
