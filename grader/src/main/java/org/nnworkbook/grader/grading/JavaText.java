// Java source reduced to what it does: comments and whitespace outside string and char literals removed.
package org.nnworkbook.grader.grading;

/**
 * A small scanner rather than a regex, because {@code "//"} inside a string is no comment and a
 * {@code "} inside a comment opens no string. Text blocks are read as strings (their whitespace kept).
 * Unterminated literals or comments run to the end: the text is only compared, never compiled.
 */
final class JavaText {
    private JavaText() {
    }

    static String withoutCommentsAndWhitespace(String source) {
        StringBuilder out = new StringBuilder(source.length());
        int i = 0;
        int n = source.length();
        while (i < n) {
            char c = source.charAt(i);
            if (source.startsWith("//", i)) {
                i = endOf(source, "\n", i + 2);
            } else if (source.startsWith("/*", i)) {
                i = endOf(source, "*/", i + 2);
            } else if (source.startsWith("\"\"\"", i)) {
                int end = endOfLiteral(source, "\"\"\"", i + 3);
                out.append(source, i, end);
                i = end;
            } else if (c == '"' || c == '\'') {
                int end = endOfLiteral(source, String.valueOf(c), i + 1);
                out.append(source, i, end);
                i = end;
            } else {
                if (!Character.isWhitespace(c)) {
                    out.append(c);
                }
                i++;
            }
        }
        return out.toString();
    }

    /** The index just past {@code close} at or after {@code from}, or the end of the text. */
    private static int endOf(String source, String close, int from) {
        int at = source.indexOf(close, from);
        return at < 0 ? source.length() : at + close.length();
    }

    /** Like {@link #endOf} but a backslash escapes the next character. */
    private static int endOfLiteral(String source, String close, int from) {
        for (int i = from; i < source.length(); i++) {
            if (source.charAt(i) == '\\') {
                i++;
            } else if (source.startsWith(close, i)) {
                return i + close.length();
            }
        }
        return source.length();
    }
}
