package com.partygraph.graph.schema;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CypherScriptTests {

    @Test
    void splitsAtSemicolonsOutsideLiteralsAndComments() {
        String script = """
				// first; still a comment
				CREATE (:A {text: 'a;b', other: "c;d"});
				/* block; comment */ MATCH (`odd;name`) RETURN 1;

				RETURN 'it\\'s; fine'
				""";
        assertThat(CypherScript.statements(script))
                .containsExactly(
                        "// first; still a comment\nCREATE (:A {text: 'a;b', other: \"c;d\"})",
                        "/* block; comment */ MATCH (`odd;name`) RETURN 1",
                        "RETURN 'it\\'s; fine'");
    }

    @Test
    void dropsTrailingCommentsAndBlankStatements() {
        assertThat(CypherScript.statements("RETURN 1;;\n// the end\n")).containsExactly("RETURN 1");
    }
}
