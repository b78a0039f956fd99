package com.partygraph.resolution.compare;

import com.partygraph.resolution.features.Features;
import java.util.List;

/**
 * Identifiers of the same type (tax id, national id, company registration…): one the same, one a typo of the
 * other (of five characters or more, one replaced or two neighbours swapped: a keying error), or one type with
 * different values, a strong sign of two parties. Missing when the records share no type.
 */
final class Identifier extends Comparison {

    private static final int TYPO_LENGTH = 5;

    Identifier() {
        super("identifier", List.of("exact", "typo", "different"), Frequency.NONE, true);
    }

    @Override
    public Compared compare(Features a, Features b) {
        Compared different = null;
        for (String identifier : a.identifiers()) {
            String type = identifier.substring(0, identifier.indexOf(':'));
            String other = b.identifier(type);
            if (other == null) {
                continue;
            }
            String value = identifier.substring(type.length() + 1);
            if (value.equals(other)) {
                return new Compared(0, identifier, type + ":" + other, null);
            }
            boolean typo = value.length() >= TYPO_LENGTH
                    && value.length() == other.length()
                    && Similarity.oneTypo(value, other);
            if (different == null || typo) {
                different = new Compared(typo ? 1 : 2, identifier, type + ":" + other, null);
            }
        }
        return different != null ? different : Compared.missing("", "");
    }
}
