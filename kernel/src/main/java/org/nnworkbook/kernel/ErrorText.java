// Compile and runtime errors as a student reads them: the cell line, a caret, only their own frames.
package org.nnworkbook.kernel;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import jdk.jshell.Diag;
import jdk.jshell.EvalException;
import org.nnworkbook.shell.MissingNames;

/**
 * Like IPython: the exception, its message, then the student's frames, each with its cell and
 * line and the line itself. JShell's wrapper classes, the kernel and the JDK never appear.
 */
final class ErrorText {

    /** What Jupyter shows: a name, a one-line value and the lines of the traceback. */
    record StudentError(String name, String value, List<String> lines) {
        static StudentError of(String name, String sentence) {
            return new StudentError(name, sentence, List.of(sentence));
        }
    }

    private ErrorText() {
    }

    /**
     * javac's message, the cell line and a caret under the position; under an unknown class name that
     * an import would fix, the import (once per name).
     */
    static StudentError compileError(List<Diag> diagnostics, String snippetSource, SnippetOrigins.Origin origin,
                                     Function<String, Optional<String>> importFor) {
        List<String> lines = new ArrayList<>();
        Set<String> hinted = new HashSet<>();
        String first = null;
        for (Diag diag : diagnostics) {
            if (!diag.isError()) {
                continue;
            }
            String message = readable(diag.getMessage(Locale.ROOT));
            first = first == null ? message : first;
            int position = (int) Math.max(0, Math.min(diag.getPosition(), snippetSource.length()));
            int snippetLine = 1 + (int) snippetSource.substring(0, position).chars().filter(c -> c == '\n').count();
            int column = position - (snippetSource.lastIndexOf('\n', position - 1) + 1);
            int cellLine = origin.cellLine(snippetLine);
            lines.add("error: " + message);
            lines.add("  line " + cellLine + " of this cell:");
            lines.add("    " + origin.sourceLine(cellLine));
            lines.add("    " + " ".repeat(Math.max(0, column)) + "^");
            MissingNames.unknownClassIn(message).filter(hinted::add).flatMap(importFor)
                    .ifPresent(qualified -> lines.add("hint: " + MissingNames.importHint(qualified)));
        }
        if (first == null) {
            first = "this is not valid Java";
            lines.add("error: " + first);
        }
        return new StudentError("CompileError", first, lines);
    }

    /** javac's message without "location: class" lines that name JShell's wrapper classes. */
    private static String readable(String message) {
        return String.join("\n", message.lines()
                .filter(line -> !line.strip().matches("location: class( REPL\\.\\S*| \\$JShell\\S*)?"))
                .toList());
    }

    /** The exception and the student's frames, causes included. */
    static StudentError runtimeError(EvalException thrown, SnippetOrigins origins, int currentCell, String hint) {
        List<String> lines = new ArrayList<>();
        String name = simpleName(thrown.getExceptionClassName());
        Throwable current = thrown;
        boolean first = true;
        while (current != null) {
            String className = current instanceof EvalException e ? e.getExceptionClassName() : current.getClass().getName();
            String message = current.getMessage();
            lines.add((first ? "" : "Caused by: ") + className + (message == null ? "" : ": " + message));
            lines.addAll(frames(current.getStackTrace(), origins, currentCell));
            first = false;
            current = current.getCause();
        }
        if (hint != null) {
            lines.add(hint);
        }
        String message = thrown.getMessage();
        return new StudentError(name, message == null ? "" : message, lines);
    }

    private static List<String> frames(StackTraceElement[] stack, SnippetOrigins origins, int currentCell) {
        List<String> lines = new ArrayList<>();
        for (StackTraceElement frame : stack) {
            String file = frame.getFileName();
            SnippetOrigins.Origin origin = file != null && file.startsWith("#") ? origins.of(file.substring(1)) : null;
            if (origin == null) {
                continue; // JShell's wrappers, the JDK, the library: not the student's code
            }
            int cellLine = origin.cellLine(Math.max(1, frame.getLineNumber()));
            String where = origin.cell() == currentCell ? "line " + cellLine : "In [" + origin.cell() + "] line " + cellLine;
            String method = frame.getMethodName();
            String in = method.isEmpty() || method.startsWith("do_it$") || method.startsWith("<") ? "" : " in " + method + "()";
            lines.add("  at " + where + in + ":  " + origin.sourceLine(cellLine).strip());
        }
        return collapseRepeats(lines);
    }

    /** Deep recursion gives a thousand equal frames: show each run of them once, with its count. */
    private static List<String> collapseRepeats(List<String> lines) {
        List<String> collapsed = new ArrayList<>();
        int repeats = 0;
        for (int i = 0; i < lines.size(); i++) {
            boolean same = i > 0 && lines.get(i).equals(lines.get(i - 1));
            if (same) {
                repeats++;
            } else {
                addRepeats(collapsed, repeats);
                repeats = 0;
                collapsed.add(lines.get(i));
            }
        }
        addRepeats(collapsed, repeats);
        return collapsed;
    }

    private static void addRepeats(List<String> lines, int repeats) {
        if (repeats > 0) {
            lines.add(String.format(Locale.ROOT, "  ... the line above %,d more times", repeats));
        }
    }

    static String simpleName(String className) {
        return className.substring(className.lastIndexOf('.') + 1);
    }
}
