package com.partygraph.ingest.write;

import java.util.Collection;
import java.util.List;

/**
 * Lists as Neo4j properties. A list of strings takes a record of the array store even when it is
 * empty, and most rows have no phone, domain, address or derived record: an empty list is written as
 * null (no property), and every reader takes a missing list as empty ({@code coalesce(x, [])}).
 */
final class StoredLists {

    private StoredLists() {}

    /** The values as a list property, or null (removing the property) when there are none. */
    static List<Object> of(Collection<?> values) {
        return values == null || values.isEmpty() ? null : List.copyOf(values);
    }
}
