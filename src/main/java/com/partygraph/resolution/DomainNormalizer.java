package com.partygraph.resolution;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Web domains as match keys: {@code https://www.Acme.com/about} becomes {@code acme.com}. Thread-safe.
 */
@Component
public class DomainNormalizer {

    private static final Pattern HOST =
            Pattern.compile("(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z][a-z0-9-]{0,61}[a-z0-9]");

    /** The bare host name without {@code www.}, or empty when {@code raw} does not name a host. */
    public Optional<String> normalize(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String value = raw.strip().toLowerCase(Locale.ROOT).replaceFirst("^[a-z][a-z0-9+.-]*://", "");
        value = value.replaceFirst("[/?#:].*$", "").replaceFirst("^www\\.", "");
        return value.length() <= 253 && HOST.matcher(value).matches() ? Optional.of(value) : Optional.empty();
    }
}
