package com.partygraph.resolution.decide;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class StewardRulesTests {

    private static final UnaryOperator<String> UNMERGED = id -> id;

    @Test
    void aRejectionKeepsBothPartiesApartAndTheRecordOutOfTheCandidate() {
        StewardRules rules = new StewardRules();
        rules.add(StewardRules.Type.REJECT, List.of("p", "c"), List.of("crm/leads/1"));
        assertThat(rules.apart("p", "c", UNMERGED)).isTrue();
        assertThat(rules.apart("c", "p", UNMERGED)).isTrue();
        assertThat(rules.excluded("crm/leads/1", "c", UNMERGED)).isTrue();
        assertThat(rules.excluded("crm/leads/1", "p", UNMERGED)).isFalse();
        assertThat(rules.excluded("crm/leads/2", "c", UNMERGED)).isFalse();
    }

    @Test
    void aRuleFollowsAPartyIntoTheOneItWasMergedInto() {
        StewardRules rules = new StewardRules();
        rules.add(StewardRules.Type.NEVER_LINK, List.of("a", "b"), List.of());
        // b was merged into s later: s and a are kept apart now, s and a third party are not.
        UnaryOperator<String> merged = id -> Map.of("b", "s").getOrDefault(id, id);
        assertThat(rules.apart("a", "s", merged)).isTrue();
        assertThat(rules.apart("a", "t", merged)).isFalse();
    }

    @Test
    void theLaterOfALinkAndAnUnlinkOfOneRecordHolds() {
        StewardRules rules = new StewardRules();
        rules.add(StewardRules.Type.UNLINK, List.of("p"), List.of("crm/leads/1"));
        rules.add(StewardRules.Type.LINK, List.of("p"), List.of("crm/leads/1"));
        assertThat(rules.pinned("crm/leads/1")).isTrue();
        assertThat(rules.excluded("crm/leads/1", "p", UNMERGED)).isFalse();

        rules.add(StewardRules.Type.UNLINK, List.of("p"), List.of("crm/leads/1"));
        assertThat(rules.pinned("crm/leads/1")).isFalse();
        assertThat(rules.excluded("crm/leads/1", "p", UNMERGED)).isTrue();
    }

    @Test
    void rulesReadAgainReplaceTheOldOnesWhole() {
        StewardRules rules = new StewardRules();
        rules.add(StewardRules.Type.NEVER_LINK, List.of("a", "b"), List.of());
        StewardRules again = new StewardRules();
        again.add(StewardRules.Type.LINK, List.of("p"), List.of("crm/leads/1"));
        rules.replaceWith(again);
        assertThat(rules.apart("a", "b", UNMERGED)).isFalse();
        assertThat(rules.pinned("crm/leads/1")).isTrue();
        assertThat(new StewardRules().isEmpty()).isTrue();
        assertThat(rules.isEmpty()).isFalse();
    }
}
