// is_complete: whether a console should run what was typed or wait for another line (jupyter console's Enter).
package org.nnworkbook.kernel.help;

import jdk.jshell.JShell;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.SourceCodeAnalysis.CompletionInfo;

/**
 * Jupyter's is_complete answer for a cell: {@code complete} (run it), {@code incomplete} with the indent of the
 * next line (<code>for (int i = 0; i &lt; 3; i++) {</code> → four spaces), {@code invalid} (run it to show the error:
 * {@code int x = ;}) or {@code unknown} (the kernel abstains). JShell decides, as in the {@code jshell} tool.
 *
 * @param status one of {@link #COMPLETE}, {@link #INCOMPLETE}, {@link #INVALID}, {@link #UNKNOWN}
 * @param indent for {@code incomplete}: white space to start the next line with; otherwise empty
 */
public record Completeness(String status, String indent) {
    public static final String COMPLETE = "complete";
    public static final String INCOMPLETE = "incomplete";
    public static final String INVALID = "invalid";
    public static final String UNKNOWN = "unknown";

    private static final int INDENT_WIDTH = 4;

    /** The answer for {@code cell}; {@code unknown} for a cell magic or anything JShell cannot analyse. Never throws. */
    public static Completeness of(JShell shell, String cell) {
        return Guard.orElse(of(UNKNOWN), () -> analyse(shell, cell));
    }

    /**
     * The one string jjava-jupyter's {@code BaseKernel.isComplete} returns: the status, or for {@code incomplete}
     * the indent itself.
     */
    public String asKernelAnswer() {
        return status.equals(INCOMPLETE) ? indent : status;
    }

    private static Completeness of(String status) {
        return new Completeness(status, "");
    }

    private static Completeness analyse(JShell shell, String cell) {
        CellText text = CellText.of(cell);
        if (text == null) {
            return of(UNKNOWN);
        }
        SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
        String rest = text.text();
        while (!rest.isBlank()) {
            CompletionInfo info = analysis.analyzeCompletion(rest);
            switch (info.completeness()) {
                case DEFINITELY_INCOMPLETE, CONSIDERED_INCOMPLETE:
                    return new Completeness(INCOMPLETE, " ".repeat(INDENT_WIDTH * BraceDepth.of(text.text())));
                case UNKNOWN:
                    return isErroneous(info.source()) ? of(INVALID) : of(UNKNOWN);
                default:
                    if (isErroneous(info.source())) {
                        return of(INVALID); // looks whole, but javac cannot parse it: Plots.boundary(model data)
                    }
                    if (info.remaining().length() >= rest.length()) {
                        return of(UNKNOWN); // no progress: never loop
                    }
                    rest = info.remaining();
            }
        }
        return of(COMPLETE);
    }

    /** Whether javac cannot even parse the snippet: then running it shows the student why (Jupyter's "invalid"). */
    private static boolean isErroneous(String source) {
        return source != null && JavaParser.hasSyntaxErrors(source);
    }
}
