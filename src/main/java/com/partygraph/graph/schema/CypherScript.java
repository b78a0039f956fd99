package com.partygraph.graph.schema;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a Cypher script into statements at semicolons that stand outside string literals,
 * backtick-quoted names and comments. Comments are kept with the statement they precede.
 */
final class CypherScript {

    private CypherScript() {}

    static List<String> statements(String script) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        char quote = 0;
        for (int i = 0; i < script.length(); i++) {
            char c = script.charAt(i);
            char next = i + 1 < script.length() ? script.charAt(i + 1) : 0;
            if (quote != 0) {
                current.append(c);
                if (c == '\\' && quote != '`' && next != 0) {
                    current.append(next);
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '/' && next == '/') {
                int end = script.indexOf('\n', i);
                end = end < 0 ? script.length() : end;
                current.append(script, i, end);
                i = end - 1;
            } else if (c == '/' && next == '*') {
                int end = script.indexOf("*/", i + 2);
                end = end < 0 ? script.length() : end + 2;
                current.append(script, i, end);
                i = end - 1;
            } else if (c == ';') {
                add(statements, current);
                current.setLength(0);
            } else {
                if (c == '\'' || c == '"' || c == '`') {
                    quote = c;
                }
                current.append(c);
            }
        }
        add(statements, current);
        return statements;
    }

    private static void add(List<String> statements, StringBuilder text) {
        String statement = text.toString().strip();
        if (!isOnlyComments(statement)) {
            statements.add(statement);
        }
    }

    private static boolean isOnlyComments(String statement) {
        String withoutComments = statement.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("(?m)//.*$", "");
        return withoutComments.isBlank();
    }
}
