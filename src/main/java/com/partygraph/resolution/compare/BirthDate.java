package com.partygraph.resolution.compare;

import com.partygraph.resolution.features.Features;
import com.partygraph.resolution.normalize.Dates;
import java.time.LocalDate;
import java.util.List;

/**
 * A person's birth date: the same, day and month swapped (4/7 against 7/4), one typo (a digit off, or a
 * day apart), or different: a hard conflict, two people (a father and his son, twins).
 */
final class BirthDate extends Comparison {

    BirthDate() {
        super("birthDate", List.of("exact", "swapped", "typo", "different"), Frequency.NONE, true);
    }

    @Override
    public Compared compare(Features a, Features b) {
        String left = a.birthDate() == 0 ? "" : String.valueOf(a.birthDate());
        String right = b.birthDate() == 0 ? "" : String.valueOf(b.birthDate());
        if (left.isEmpty() || right.isEmpty()) {
            return Compared.missing(left, right);
        }
        int level;
        if (left.equals(right)) {
            level = 0;
        } else if (Dates.swapped(date(a.birthDate()), date(b.birthDate()))) {
            level = 1;
        } else if (Similarity.edits(left, right) == 1
                || Math.abs(date(a.birthDate()).toEpochDay()
                                - date(b.birthDate()).toEpochDay())
                        == 1) {
            level = 2;
        } else {
            level = 3;
        }
        return new Compared(level, left, right, null);
    }

    private static LocalDate date(int yyyymmdd) {
        return LocalDate.of(yyyymmdd / 10_000, yyyymmdd / 100 % 100, yyyymmdd % 100);
    }
}
