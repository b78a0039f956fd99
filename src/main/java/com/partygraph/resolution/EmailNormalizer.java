package com.partygraph.resolution;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Email addresses as match keys: trimmed and lower-cased; an address written with a name
 * ({@code "Jay Jones" <jjones@fmail.com>}) or as a {@code mailto:} link is read as the address alone. Thread-safe.
 */
@Component
public class EmailNormalizer {

    // Deliberately plain: one @, no blanks, a dot in the domain, no leading or trailing dot.
    private static final Pattern ADDRESS = Pattern.compile(
            "[^@\\s.][^@\\s]*@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+");

    /** The normalized address, or empty when {@code raw} is null, blank or not an email address. */
    public Optional<String> normalize(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String value = raw.strip().toLowerCase(Locale.ROOT);
        int open = value.lastIndexOf('<');
        if (open >= 0 && value.endsWith(">")) {
            value = value.substring(open + 1, value.length() - 1).strip();
        }
        if (value.startsWith("mailto:")) {
            value = value.substring("mailto:".length());
        }
        return value.length() <= 254 && ADDRESS.matcher(value).matches() ? Optional.of(value) : Optional.empty();
    }
}
