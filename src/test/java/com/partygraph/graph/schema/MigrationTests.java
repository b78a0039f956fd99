package com.partygraph.graph.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import org.junit.jupiter.api.Test;

class MigrationTests {

    @Test
    void readsVersionAndDescriptionFromTheFileName() {
        Migration migration = Migration.parse("V0012__Add_party_index.cypher", "CREATE INDEX x FOR (n:N) ON (n.p);");
        assertThat(migration.version()).isEqualTo(12);
        assertThat(migration.description()).isEqualTo("Add party index");
        assertThat(migration.statements()).containsExactly("CREATE INDEX x FOR (n:N) ON (n.p)");
    }

    @Test
    void checksumIgnoresLineEndingsButNotContent() {
        Migration unix = Migration.parse("V1__A.cypher", "RETURN 1;\nRETURN 2;\n");
        Migration windows = Migration.parse("V1__A.cypher", "RETURN 1;\r\nRETURN 2;\r\n");
        Migration edited = Migration.parse("V1__A.cypher", "RETURN 1;\nRETURN 3;\n");
        assertThat(windows.checksum()).isEqualTo(unix.checksum());
        assertThat(edited.checksum()).isNotEqualTo(unix.checksum());
    }

    @Test
    void rejectsBadNamesAndEmptyFiles() {
        assertThatIllegalStateException()
                .isThrownBy(() -> Migration.parse("0001_party.cypher", "RETURN 1"))
                .withMessageContaining("V<version>__<Description>.cypher");
        assertThatIllegalStateException()
                .isThrownBy(() -> Migration.parse("V2__Empty.cypher", "// nothing\n"))
                .withMessageContaining("holds no statement");
    }
}
