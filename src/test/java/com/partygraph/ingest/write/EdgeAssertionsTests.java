package com.partygraph.ingest.write;

import static org.assertj.core.api.Assertions.assertThat;

import com.partygraph.graph.RelationshipAssertion;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which of an edge's assertions its own properties come from. */
class EdgeAssertionsTests {

    @Test
    void thePrimaryAssertionGivesTheEdgeItsProperties() {
        String primary = assertion("a/1", "VP Sales", true, true, LocalDate.of(2019, 4, 1));
        String newer = assertion("a/2", "Board Observer", false, true, LocalDate.of(2021, 1, 1));

        assertThat(EdgeAssertions.summary(List.of(newer, primary)))
                .containsEntry("title", "VP Sales")
                .containsEntry("startDate", LocalDate.of(2019, 4, 1))
                .containsEntry("isPrimary", true);
    }

    @Test
    void withoutAPrimaryOneACurrentOneThenTheLatestStartedThenTheOneThatSaysMost() {
        String ended = assertion("a/1", "Partner", null, false, LocalDate.of(2022, 1, 1));
        String older = assertion("a/2", "Analyst", null, true, LocalDate.of(2015, 1, 1));
        String later = assertion("a/3", "Manager", null, true, LocalDate.of(2020, 1, 1));
        String bare = assertion("a/0", null, null, true, null);
        String titled = assertion("a/9", "Procurement Lead", null, true, null);

        assertThat(EdgeAssertions.summary(List.of(ended, older, later))).containsEntry("title", "Manager");
        assertThat(EdgeAssertions.summary(List.of(bare, titled))).containsEntry("title", "Procurement Lead");
    }

    @Test
    void aPropertyOnlyAnotherAssertionHasIsRemovedFromTheEdge() {
        Map<String, Object> withDepartment =
                new HashMap<>(RelationshipAssertion.read(assertion("a/2", "CTO", null, false, null)));
        withDepartment.put("department", "Engineering");
        withDepartment.remove("source");
        String other = RelationshipAssertion.json("a/2", withDepartment);

        assertThat(EdgeAssertions.summary(List.of(assertion("a/1", "CEO", true, true, null), other)))
                .containsEntry("title", "CEO")
                .containsEntry("department", null);
    }

    private static String assertion(String source, String title, Boolean primary, Boolean current, LocalDate start) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("title", title);
        properties.put("isPrimary", primary);
        properties.put("isCurrent", current);
        properties.put("startDate", start);
        return RelationshipAssertion.json(source, properties);
    }
}
