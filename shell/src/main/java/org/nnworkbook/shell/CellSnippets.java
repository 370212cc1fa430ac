// Splits a notebook cell into the JShell snippets it is made of, remembering where each starts.
package org.nnworkbook.shell;

import java.util.ArrayList;
import java.util.List;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.SourceCodeAnalysis.Completeness;

/**
 * {@code JShell.eval} runs only the first complete snippet of a string, so a cell of three
 * statements is three evals. Kernel and grader split cells the same way, here.
 */
public final class CellSnippets {

    /**
     * One snippet of a cell.
     *
     * @param source the snippet as JShell wants it (a missing final semicolon added)
     * @param line   the cell line (1-based) its source starts on (it may begin with blank lines), to map compiler and stack
     *               positions back to what the student sees
     * @param complete false for a trailing piece the compiler will reject (an unclosed brace,
     *               say): it is still evaluated, so that javac says what is missing
     */
    public record Snippet(String source, int line, boolean complete) {
    }

    private CellSnippets() {
    }

    /** The snippets of {@code cell} in order; none for a blank or comment-only cell. */
    public static List<Snippet> split(SourceCodeAnalysis analysis, String cell) {
        List<Snippet> snippets = new ArrayList<>();
        int consumed = 0;
        while (consumed < cell.length() && !cell.substring(consumed).isBlank()) {
            String remaining = cell.substring(consumed);
            SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(remaining);
            if (info.completeness() == Completeness.EMPTY) {
                break;
            }
            // JShell's source keeps the blank lines before a snippet, but its stack lines then
            // count from the first non-blank one: give it the source from there, so that
            // positions and stack lines both count from `line`.
            int skipped = remaining.length() - remaining.stripLeading().length();
            int line = lineOf(cell, consumed + skipped);
            if (!info.completeness().isComplete() || info.source() == null) {
                snippets.add(new Snippet(remaining.stripLeading(), line, false));
                break;
            }
            snippets.add(new Snippet(info.source().stripLeading(), line, true));
            consumed = cell.length() - info.remaining().length();
        }
        return snippets;
    }

    private static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
