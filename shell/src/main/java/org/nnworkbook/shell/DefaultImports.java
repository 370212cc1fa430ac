// The imports every notebook cell starts with, in the kernel and in the grader alike.
package org.nnworkbook.shell;

import java.util.List;

/**
 * The jshell tool's own defaults, so a student who writes {@code IntStream.range} or
 * {@code new ArrayList<>()} in a notebook is never told the name is unknown, and the grader runs
 * their code under exactly the same imports (a correct answer must not lose points to a missing
 * import). {@code java.util.function} and {@code java.util.stream} matter most in the workbook.
 */
public final class DefaultImports {

    /** The packages imported on demand, in the jshell tool's order. */
    public static final List<String> PACKAGES = List.of(
            "java.io", "java.math", "java.net", "java.nio.file", "java.util", "java.util.concurrent",
            "java.util.function", "java.util.prefs", "java.util.regex", "java.util.stream");

    private DefaultImports() {
    }

    /** One JShell snippet per package: {@code import java.util.*;} and so on. */
    public static List<String> snippets() {
        return PACKAGES.stream().map(name -> "import " + name + ".*;").toList();
    }
}
