package com.partygraph.resolution;

import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Postal addresses as one comparable line, whichever path they came in by: blank parts left out,
 * country code in capitals ({@code 1 Main St, Springfield, IL 62701, US}).
 */
public final class AddressFormatter {

    private AddressFormatter() {}

    /** The address on one line; empty when every part is null or blank. Any part may be null. */
    public static String format(
            String line1, String line2, String city, String region, String postalCode, String country) {
        String regionAndCode = joined(" ", region, postalCode);
        return joined(
                ", ", line1, line2, city, regionAndCode, country == null ? null : country.toUpperCase(Locale.ROOT));
    }

    private static String joined(String separator, String... parts) {
        return Stream.of(parts)
                .filter(Objects::nonNull)
                .map(String::strip)
                .filter(part -> !part.isEmpty())
                .collect(Collectors.joining(separator));
    }
}
