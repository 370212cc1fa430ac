package org.nnworkbook.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.execution.LocalExecutionControlProvider;
import org.junit.jupiter.api.Test;

class DefaultImportsTest {

    @Test
    void names_a_student_reasonably_uses_resolve_under_the_default_imports() {
        try (JShell shell = JShell.builder().executionEngine(new LocalExecutionControlProvider(), java.util.Map.of()).build()) {
            for (String snippet : DefaultImports.snippets()) {
                assertThat(shell.eval(snippet)).allMatch(e -> e.status() == Snippet.Status.VALID, snippet);
            }
            List<SnippetEvent> events = shell.eval(
                    "double l1(double[] a) { return IntStream.range(0, a.length).mapToDouble(i -> Math.abs(a[i])).sum(); }");
            assertThat(events).allMatch(e -> e.status() == Snippet.Status.VALID,
                    events.stream().map(e -> e.status().toString()).collect(Collectors.joining()));
            assertThat(shell.eval("l1(new double[] {1, -2}) + new ArrayList<>(List.of(1)).size()").get(0).value())
                    .isEqualTo("4.0");
            assertThat(shell.eval("Function<Integer, Path> f = i -> Path.of(\"a\" + i); f.apply(1).toString()"))
                    .isNotEmpty();
        }
    }

    @Test
    void are_the_jshell_tools_defaults() {
        assertThat(DefaultImports.snippets()).contains("import java.util.stream.*;", "import java.util.function.*;",
                "import java.util.*;", "import java.io.*;", "import java.math.*;", "import java.nio.file.*;");
    }
}
