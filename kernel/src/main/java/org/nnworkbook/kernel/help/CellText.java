// What the help package needs to know about a cell's text: magic lines, snippets, and the identifier at the cursor.
package org.nnworkbook.kernel.help;

import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.SourceCodeAnalysis.CompletionInfo;

/**
 * A cell as JShell's analysis should see it. JShell analyses one snippet at a time, while a cell holds several
 * ({@code int a = 1; a + 1}), and a cell may start with magic lines ({@code %jars ...}) that are not Java.
 * Offsets are kept: magic lines are blanked with spaces, never removed, so a cursor in the cell is a cursor here.
 */
final class CellText {
    private final String text;

    private CellText(String text) {
        this.text = text;
    }

    /** The cell with its line magics blanked; {@code null} for a cell magic ({@code %%name}): no Java to analyse. */
    static CellText of(String cell) {
        if (cell == null || cell.stripLeading().startsWith("%%")) {
            return null;
        }
        StringBuilder java = new StringBuilder(cell.length());
        for (String line : cell.split("(?<=\n)", -1)) {
            java.append(line.stripLeading().startsWith("%") ? blank(line) : line);
        }
        return new CellText(java.toString());
    }

    private static String blank(String line) {
        return line.replaceAll("[^\n]", " ");
    }

    /**
     * Jupyter counts cursor positions in Unicode code points (protocol 5.2), Java strings in UTF-16 chars: they
     * differ after a character outside the BMP (an emoji in a comment). The char index of {@code codePoints} in
     * {@code cell}, or -1 when that is outside the cell.
     */
    static int charIndex(String cell, int codePoints) {
        if (codePoints < 0 || codePoints > cell.codePointCount(0, cell.length())) {
            return -1;
        }
        return cell.offsetByCodePoints(0, codePoints);
    }

    /** The reverse of {@link #charIndex}: the code-point position of char index {@code index}. */
    static int codePoints(String cell, int index) {
        return cell.codePointCount(0, index);
    }

    String text() {
        return text;
    }

    boolean isBlank() {
        return text.isBlank();
    }

    /**
     * The snippet the cursor is in, as {@code [start, end)} of the cell. Snippets are cut where JShell would cut
     * them ({@code analyzeCompletion}); a cursor on the boundary belongs to the snippet it ends, so that
     * {@code a.|} in {@code a.| b();} analyses {@code a.}.
     */
    int[] snippetAround(SourceCodeAnalysis analysis, int cursor) {
        int start = 0;
        while (start < text.length()) {
            String rest = text.substring(start);
            CompletionInfo info = analysis.analyzeCompletion(rest);
            int consumed = rest.length() - info.remaining().length();
            if (consumed <= 0 || info.source() == null || !rest.endsWith(info.remaining())) {
                break; // the rest is one incomplete (or unknown) snippet
            }
            int end = start + consumed;
            if (cursor <= end) {
                return new int[] {start, end};
            }
            start = end;
        }
        return new int[] {start, text.length()};
    }

    /** Where the identifier that the cursor is in or right after starts. */
    int identifierStart(int cursor) {
        int start = cursor;
        while (start > 0 && Character.isJavaIdentifierPart(text.charAt(start - 1))) {
            start--;
        }
        return start;
    }

    /** Where the identifier that the cursor is in or right after ends. */
    int identifierEnd(int cursor) {
        int end = cursor;
        while (end < text.length() && Character.isJavaIdentifierPart(text.charAt(end))) {
            end++;
        }
        return end;
    }

    /** The first character at or after {@code from} that is not white space, or 0 past the end. */
    char nextVisible(int from) {
        for (int i = from; i < text.length(); i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return text.charAt(i);
            }
        }
        return 0;
    }
}
