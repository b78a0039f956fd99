package com.partygraph.query;

import java.util.List;
import java.util.Map;

/**
 * A party's neighbourhood, ready to draw: the parties (the centre first, each with the hop it was reached
 * at) and the relationships between them.
 *
 * @param truncated whether a cap left parties or relationships out
 */
public record Neighbourhood(
        String centre,
        int depth,
        List<Map<String, Object>> nodes,
        List<Map<String, Object>> edges,
        boolean truncated) {}
