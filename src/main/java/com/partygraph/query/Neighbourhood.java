package com.partygraph.query;

import java.util.List;

/**
 * A party's neighbourhood, ready to draw: the parties (the centre first, each with the hop it was reached
 * at) and the relationships between them.
 *
 * @param truncated whether a cap left parties or relationships out
 */
public record Neighbourhood(String centre, int depth, List<Node> nodes, List<Tie> edges, boolean truncated) {

    /**
     * A party of the neighbourhood.
     *
     * @param kind {@code Person} or {@code Organization}
     * @param roles its roles
     * @param projects the projects (role contexts) it has roles in
     * @param hop how many relationships away from the centre it was reached
     */
    public record Node(
            String id,
            String displayName,
            String status,
            String kind,
            List<String> roles,
            List<String> projects,
            int hop) {}
}
