// Finds and stubs the "BEGIN SOLUTION ... END SOLUTION" regions of solution cells; not a parser of Java.
package org.nnworkbook.grader.notebook;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.regex.Pattern;

/**
 * Markers are whole lines, as in nbgrader: "// BEGIN SOLUTION" and "// END SOLUTION" in code,
 * "BEGIN SOLUTION" and "END SOLUTION" in markdown. In code the region becomes a line that
 * compiles anywhere a statement may stand and throws with a message naming the exercise, so a
 * blank student version runs from top to bottom and every unanswered exercise says so. When
 * more statements follow the region in the same block, the throw is wrapped in {@code if (true)}
 * so javac does not reject them as unreachable; when the region ends the block, a bare throw
 * keeps a non-void method free of "missing return statement". Regions must cover whole statements.
 */
public final class SolutionRegions {
    private static final Pattern BEGIN = Pattern.compile("^\\s*(//|#)?\\s*BEGIN SOLUTION\\s*$");
    private static final Pattern END = Pattern.compile("^\\s*(//|#)?\\s*END SOLUTION\\s*$");
    private static final Pattern HIDDEN = Pattern.compile("BEGIN HIDDEN TESTS|END HIDDEN TESTS");

    private SolutionRegions() {
    }

    /** What a student sees in place of a code solution. */
    public static String codeStub(String exercise, String indent, boolean moreCodeFollows) {
        return indent + "// YOUR CODE HERE\n"
                + indent + (moreCodeFollows ? "if (true) " : "")
                + "throw new UnsupportedOperationException(\"exercise " + exercise + ": not written yet\");\n";
    }

    /** Problems with the markers (unbalanced, nested, hidden-test regions), empty when fine. */
    public static List<String> problems(String source) {
        List<String> problems = new ArrayList<>();
        if (HIDDEN.matcher(source).find()) {
            problems.add("it has a BEGIN HIDDEN TESTS region; hidden tests are JUnit classes here"
                    + " (grader/assignments/<notebook>/), not notebook code");
        }
        int open = -1;
        String[] lines = source.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (BEGIN.matcher(lines[i]).matches()) {
                if (open >= 0) {
                    problems.add("BEGIN SOLUTION on line " + (i + 1) + " is inside the region opened on line " + (open + 1));
                }
                open = i;
            } else if (END.matcher(lines[i]).matches()) {
                if (open < 0) {
                    problems.add("END SOLUTION on line " + (i + 1) + " has no BEGIN SOLUTION above it");
                }
                open = -1;
            }
        }
        if (open >= 0) {
            problems.add("BEGIN SOLUTION on line " + (open + 1) + " has no END SOLUTION");
        }
        return problems;
    }

    public static boolean hasRegion(String source) {
        for (String line : source.split("\n", -1)) {
            if (BEGIN.matcher(line).matches()) {
                return true;
            }
        }
        return false;
    }

    /** The code cell a student gets: each region (or, without regions, the whole cell) stubbed. */
    public static String stubCode(String source, String exercise) {
        if (!hasRegion(source)) {
            return codeStub(exercise, "", false);
        }
        return replaceRegions(source, (indent, moreCode) -> codeStub(exercise, indent, moreCode));
    }

    /** The markdown answer a student gets. */
    public static String stubMarkdown(String source) {
        if (!hasRegion(source)) {
            return "YOUR ANSWER HERE\n";
        }
        return replaceRegions(source, (indent, moreCode) -> indent + "YOUR ANSWER HERE\n");
    }

    private static String replaceRegions(String source, BiFunction<String, Boolean, String> stub) {
        StringBuilder out = new StringBuilder();
        boolean inside = false;
        String[] lines = source.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            boolean last = i == lines.length - 1;
            if (!inside && BEGIN.matcher(line).matches()) {
                inside = true;
                String indent = line.substring(0, line.length() - line.stripLeading().length());
                out.append(stub.apply(indent, moreCodeAfterRegion(lines, i)));
            } else if (inside && END.matcher(line).matches()) {
                inside = false;
            } else if (!inside) {
                out.append(line).append(last ? "" : "\n");
            }
        }
        return out.toString();
    }

    /** Whether a statement follows the region that opens at line {@code begin} in the same block. */
    private static boolean moreCodeAfterRegion(String[] lines, int begin) {
        int i = begin + 1;
        while (i < lines.length && !END.matcher(lines[i]).matches()) {
            i++;
        }
        for (i++; i < lines.length; i++) {
            String next = lines[i].strip();
            if (next.isEmpty() || next.startsWith("//")) {
                continue;
            }
            return !next.startsWith("}");
        }
        return false;
    }
}
