// Tab completion: JShell's suggestions for the snippet the cursor is in, deduplicated and ordered for students.
package org.nnworkbook.kernel.help;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jdk.jshell.JShell;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.SourceCodeAnalysis.Suggestion;

/**
 * Completes library and JDK names and members, and what earlier cells defined, as the {@code jshell} tool does:
 * {@code Plots.bou} → {@code boundary(}, {@code new Linea} → {@code Linear(}, {@code model.} → its methods.
 * Only the compiler side is asked (no student code runs).
 */
public final class Completions {
    /** Object's methods on every value: offered last, after the members a student is looking for. */
    private static final Set<String> OBJECT_METHODS = Set.of(
            "equals(", "getClass()", "hashCode()", "notify()", "notifyAll()", "toString()", "wait(");

    private Completions() {}

    /**
     * Options for Tab at {@code cursor} in {@code cell} (positions in Unicode code points, as Jupyter counts
     * them, in and out). Overloads collapse into one option ({@code max(} once, not
     * four times); options whose type fits where the cursor is come first, Object's methods last; if the cell
     * already has {@code (} after the cursor, options do not add another.
     *
     * @return the options and the range they replace; no options for an empty cell, a cursor at 0 or out of the
     *         cell, a cell magic, or anything JShell cannot analyse. Never throws.
     */
    public static Completion complete(JShell shell, String cell, int cursor) {
        return Guard.orElse(Completion.none(Math.max(cursor, 0)), () -> completeOrNull(shell, cell, cursor));
    }

    private static Completion completeOrNull(JShell shell, String cell, int codePointCursor) {
        CellText text = CellText.of(cell);
        int cursor = text == null ? -1 : CellText.charIndex(cell, codePointCursor);
        if (cursor <= 0 || text.isBlank()) {
            return null;
        }
        SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
        int[] snippet = text.snippetAround(analysis, cursor);
        String input = text.text().substring(snippet[0], cursor);
        if (input.isBlank()) {
            return null;
        }
        int[] anchor = new int[1];
        List<Suggestion> suggestions = analysis.completionSuggestions(input, input.length(), anchor);
        boolean parenFollows = cursor < cell.length() && cell.charAt(cursor) == '(';
        return new Completion(options(suggestions, parenFollows), CellText.codePoints(cell, snippet[0] + anchor[0]),
                codePointCursor);
    }

    private static List<String> options(List<Suggestion> suggestions, boolean parenFollows) {
        Map<String, Boolean> fitsType = new LinkedHashMap<>();
        for (Suggestion s : suggestions) {
            String option = parenFollows ? withoutParens(s.continuation()) : s.continuation();
            fitsType.merge(option, s.matchesType(), Boolean::logicalOr);
        }
        return fitsType.keySet().stream()
                .sorted(Comparator.comparing((String o) -> !fitsType.get(o))
                        .thenComparing(o -> OBJECT_METHODS.contains(o) || OBJECT_METHODS.contains(o + "(")))
                .toList();
    }

    /** {@code boundary(} → {@code boundary}, {@code bias()} → {@code bias}: the cell already has the parenthesis. */
    private static String withoutParens(String option) {
        return option.endsWith("()") ? option.substring(0, option.length() - 2)
                : option.endsWith("(") ? option.substring(0, option.length() - 1) : option;
    }
}
