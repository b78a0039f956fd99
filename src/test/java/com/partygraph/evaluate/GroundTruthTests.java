package com.partygraph.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GroundTruthTests {

    @TempDir
    Path dir;

    @Test
    void matchingPairsJoinRowsIntoEntitiesAndRowsInNoPairStandAlone() throws Exception {
        Path pairs = Files.writeString(this.dir.resolve("pairs.csv"), """
				table1,key1,table2,key2
				crm,1,erp,7
				erp,7,web,3
				crm,2,crm,5
				""");
        Map<String, String> truth =
                GroundTruth.read(pairs, List.of("crm/1", "erp/7", "web/3", "crm/2", "crm/5", "crm/9"));
        assertThat(truth.get("crm/1")).isEqualTo(truth.get("erp/7")).isEqualTo(truth.get("web/3"));
        assertThat(truth.get("crm/2")).isEqualTo(truth.get("crm/5")).isNotEqualTo(truth.get("crm/1"));
        assertThat(truth.get("crm/9")).isNotIn(truth.get("crm/1"), truth.get("crm/2"));
    }

    @Test
    void anEntityFileOrColumnNamesEachRowsEntity() throws Exception {
        Path entities =
                Files.writeString(this.dir.resolve("truth.csv"), "table,key,entity\ncrm,1,a\nerp,7,a\ncrm,2,b\n");
        assertThat(GroundTruth.read(entities, List.of()))
                .containsExactlyInAnyOrderEntriesOf(Map.of("crm/1", "a", "erp/7", "a", "crm/2", "b"));
        assertThat(GroundTruth.column("person_id", Map.of("crm/1", Map.of("person_id", " 17 "), "crm/2", Map.of())))
                .containsExactlyEntriesOf(Map.of("crm/1", "17"));
        Path wrong = Files.writeString(this.dir.resolve("wrong.csv"), "id,who\n1,a\n");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> GroundTruth.read(wrong, List.of()))
                .withMessageContaining("table1, key1, table2 and key2");
    }
}
