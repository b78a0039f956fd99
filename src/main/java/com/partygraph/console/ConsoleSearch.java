package com.partygraph.console;

import com.partygraph.graph.PartyKind;
import com.partygraph.party.PartySearch;
import java.util.regex.Pattern;

/**
 * What a person types in the console's one search box, read as the REST API's search: an email when it has an
 * {@code @}, a phone when it is mostly digits (seven or more), an identifier when it is {@code type:value}, else
 * words of a name.
 */
public record ConsoleSearch(String text, PartyKind kind, String role, String source, String lifecycle, int page) {

    static final int PAGE_SIZE = 20;

    private static final Pattern PHONE = Pattern.compile("\\+?[\\d\\s().\\-/]{7,}");

    private static final Pattern IDENTIFIER = Pattern.compile("[a-z0-9_]+:\\S.*");

    public boolean given() {
        return this.text != null && !this.text.isBlank();
    }

    /** What the box holds: email, phone, identifier or name. */
    public String reading() {
        String typed = this.text.strip();
        if (typed.contains("@")) {
            return "email";
        }
        if (PHONE.matcher(typed).matches()
                && typed.chars().filter(Character::isDigit).count() >= 7) {
            return "phone";
        }
        return IDENTIFIER.matcher(typed).matches() ? "identifier" : "name";
    }

    PartySearch toSearch() {
        String typed = this.text.strip();
        String reading = reading();
        return new PartySearch(
                reading.equals("name") ? typed : null,
                reading.equals("email") ? typed : null,
                reading.equals("phone") ? typed : null,
                reading.equals("identifier") ? typed : null,
                this.kind,
                blankToNull(this.role),
                blankToNull(this.source),
                null,
                blankToNull(this.lifecycle),
                this.page,
                PAGE_SIZE);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
