// A real JShell set up as a workbook notebook is: the library on its classpath, the notebooks' imports, a few cells run.
package org.nnworkbook.kernel.help;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;

/** Shared by the help tests: one JShell (local execution, as the tests need no separate VM) for all of them. */
final class NotebookShell {
    /** The library's sources, as the lib module has them (the sources jar is built only at package time). */
    static final Path LIBRARY_SOURCES = Path.of("..", "lib", "src", "main", "java");

    /** What a notebook's first cells do: the imports cell of notebook 08, then definitions the tests ask about. */
    private static final List<String> CELLS = List.of(
            "import java.util.*;", "import java.util.function.*;", "import java.util.stream.*;",
            "import org.nnworkbook.*;", "import org.nnworkbook.nn.*;", "import org.nnworkbook.nn.layers.*;",
            "import org.nnworkbook.nn.activations.*;", "import org.nnworkbook.data.*;", "import org.nnworkbook.plot.*;",
            "import static org.nnworkbook.NN.*;",
            "var model = new Linear(2, 3);", "double learningRate = 0.1;");

    private static JShell shell;

    private NotebookShell() {}

    static synchronized JShell get() {
        if (shell == null) {
            shell = JShell.builder().executionEngine("local").build();
            for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
                shell.addToClasspath(entry);
            }
            for (String cell : CELLS) {
                for (SnippetEvent event : shell.eval(cell)) {
                    if (event.status() != Snippet.Status.VALID) {
                        throw new IllegalStateException("set-up cell failed: " + cell + " → " + event.status());
                    }
                }
            }
        }
        return shell;
    }
}
