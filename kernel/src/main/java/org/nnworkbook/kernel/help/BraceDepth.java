// How many braces and parentheses are open at the end of some Java text: the indent of its next line.
package org.nnworkbook.kernel.help;

/** Counts open {@code {}, {@code (} and {@code [}, skipping strings, character literals and comments. */
final class BraceDepth {
    private BraceDepth() {}

    /** The nesting depth at the end of {@code java}; never negative (a stray closer counts as nothing). */
    static int of(String java) {
        int depth = 0;
        int i = 0;
        while (i < java.length()) {
            char c = java.charAt(i);
            if (c == '"' || c == '\'') {
                i = afterQuoted(java, i, c);
                continue;
            }
            if (java.startsWith("//", i)) {
                i = endOf(java, "\n", i);
                continue;
            }
            if (java.startsWith("/*", i)) {
                i = endOf(java, "*/", i + 2);
                continue;
            }
            if (c == '{' || c == '(' || c == '[') {
                depth++;
            } else if ((c == '}' || c == ')' || c == ']') && depth > 0) {
                depth--;
            }
            i++;
        }
        return depth;
    }

    /** Past the closing quote (a text block's {@code """} ends at the next {@code """}; an escape skips a char). */
    private static int afterQuoted(String java, int open, char quote) {
        if (java.startsWith("\"\"\"", open)) {
            return endOf(java, "\"\"\"", open + 3);
        }
        int i = open + 1;
        while (i < java.length() && java.charAt(i) != quote && java.charAt(i) != '\n') {
            i += java.charAt(i) == '\\' ? 2 : 1;
        }
        return i + 1;
    }

    private static int endOf(String java, String closer, int from) {
        int at = java.indexOf(closer, from);
        return at < 0 ? java.length() : at + closer.length();
    }
}
