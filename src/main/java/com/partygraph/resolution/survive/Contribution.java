package com.partygraph.resolution.survive;

import java.util.List;
import java.util.Map;

/**
 * What one live source record says about its party, as survivorship weighs it.
 *
 * @param uid the record ({@code source/table/key})
 * @param source the source system
 * @param table the table (or {@code table} of the row a mention was found in)
 * @param lsn where the change that wrote the record stands in the source's log; larger is newer
 * @param mention whether the record is a mention in another row's free text (it only names the party)
 * @param values the single-valued attributes it gives ({@link Survivorship#SINGLE}); absent or null when
 * it gives none
 * @param lists the many-valued ones ({@link Survivorship#MANY}: emails, phones, addresses, …)
 */
public record Contribution(
        String uid,
        String source,
        String table,
        long lsn,
        boolean mention,
        Map<String, Object> values,
        Map<String, List<?>> lists) {

    public Contribution {
        values = values == null ? Map.of() : values;
        lists = lists == null ? Map.of() : lists;
    }
}
