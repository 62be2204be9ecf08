package org.actionmap.importexport.imports;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * PostgreSQL's COPY text format, as GDAL's PGDump driver writes it and as {@code COPY … FROM STDIN} reads it: fields
 * split by tabs, rows by newlines, {@code \N} for null, and backslash escapes ({@code \t}, {@code \n}, {@code \\}, and a
 * backslash before a literal tab or newline, which PGDump writes for those characters). Written by hand: neither
 * PgJDBC nor any library on Maven Central offers a reader of this format, and it is a few lines.
 */
final class CopyText {

    private CopyText() {
    }

    /**
     * Reads the next row from the reader, after the {@code COPY … FROM STDIN;} line; null at the end marker {@code \.}
     * or the end of input. A null field is null.
     */
    static List<String> readRow(Reader in) throws IOException {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean nullField = false;
        boolean any = false;
        int c;
        while ((c = in.read()) != -1) {
            any = true;
            if (c == '\n') {
                break;
            }
            if (c == '\t') {
                fields.add(nullField ? null : field.toString());
                field.setLength(0);
                nullField = false;
                continue;
            }
            if (c != '\\') {
                field.append((char) c);
                continue;
            }
            int e = in.read();
            switch (e) {
                case -1 -> throw new IOException("COPY data ends inside an escape");
                case 'N' -> nullField = field.isEmpty();
                case '.' -> {
                    if (fields.isEmpty() && field.isEmpty()) {
                        return null;
                    }
                    field.append('.');
                }
                case 't' -> field.append('\t');
                case 'n' -> field.append('\n');
                case 'r' -> field.append('\r');
                case 'b' -> field.append('\b');
                case 'f' -> field.append('\f');
                case 'v' -> field.append('\u000b');
                default -> field.append((char) e);
            }
        }
        if (!any) {
            return null;
        }
        fields.add(nullField ? null : field.toString());
        return fields;
    }

    /** Appends a value as one COPY text field (null as {@code \N}). */
    static void appendField(StringBuilder out, String value) {
        if (value == null) {
            out.append("\\N");
            return;
        }
        for (int i = 0; i < value.length(); i++) {
            char ch = value.charAt(i);
            switch (ch) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(ch);
            }
        }
    }

    /** The column names of a {@code COPY "schema"."table" ("a", "b") FROM STDIN;} line. */
    static List<String> columns(String copyLine) {
        int open = copyLine.indexOf('(');
        int close = copyLine.lastIndexOf(')');
        List<String> names = new ArrayList<>();
        if (open < 0 || close < open) {
            return names;
        }
        String list = copyLine.substring(open + 1, close);
        StringBuilder name = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < list.length(); i++) {
            char ch = list.charAt(i);
            if (ch == '"') {
                if (quoted && i + 1 < list.length() && list.charAt(i + 1) == '"') {
                    name.append('"');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (ch == ',' && !quoted) {
                names.add(name.toString().trim());
                name.setLength(0);
            } else if (quoted || !Character.isWhitespace(ch)) {
                name.append(ch);
            }
        }
        names.add(name.toString().trim());
        return names;
    }
}
