package com.partygraph.graph.schema;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;

/**
 * One migration file, {@code V0001__Party_constraints.cypher}: its version, description, statements
 * and a checksum of its text (line endings and trailing blanks ignored).
 *
 * @param version positive number from the file name
 * @param description file name part after {@code __}, underscores read as spaces
 * @param statements the statements, in file order
 * @param checksum CRC32 of the normalized text, hex
 */
record Migration(int version, String description, List<String> statements, String checksum) {

    private static final Pattern NAME = Pattern.compile("V(\\d+)__(\\w+)\\.cypher");

    static Migration parse(String fileName, String text) {
        Matcher name = NAME.matcher(fileName);
        if (!name.matches()) {
            throw new IllegalStateException("Migration file " + fileName
                    + " is not named V<version>__<Description>.cypher, e.g. V0001__Party_constraints.cypher");
        }
        String normalized = text.replace("\r\n", "\n").strip();
        List<String> statements = CypherScript.statements(normalized);
        if (statements.isEmpty()) {
            throw new IllegalStateException("Migration file " + fileName + " holds no statement");
        }
        return new Migration(
                Integer.parseInt(name.group(1)), name.group(2).replace('_', ' '), statements, checksum(normalized));
    }

    String fileLabel() {
        return "V%04d %s".formatted(this.version, this.description);
    }

    private static String checksum(String text) {
        CRC32 crc = new CRC32();
        crc.update(text.getBytes(StandardCharsets.UTF_8));
        return Long.toHexString(crc.getValue());
    }
}
