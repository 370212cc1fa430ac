// Splitting cells into snippets with the line each starts on, with a real JShell's analysis.
package org.nnworkbook.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import jdk.jshell.JShell;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class CellSnippetsTest {
    private static JShell shell;

    @BeforeAll
    static void start() {
        shell = JShell.builder().executionEngine("local").build();
    }

    @AfterAll
    static void stop() {
        shell.close();
    }

    @Test
    void each_snippet_starts_on_its_own_line_without_the_blank_lines_before_it() {
        List<CellSnippets.Snippet> snippets = CellSnippets.split(shell.sourceCodeAnalysis(),
                "int a = 1;\n\nint twice(int x) {\n  return 2 * x;\n}\n\n  twice(a)");
        assertThat(snippets).extracting(CellSnippets.Snippet::line).containsExactly(1, 3, 7);
        assertThat(snippets.get(1).source()).startsWith("int twice(int x) {");
        assertThat(snippets.get(2).source()).isEqualTo("twice(a)");
        assertThat(snippets).allMatch(CellSnippets.Snippet::complete);
    }

    @Test
    void an_unfinished_snippet_is_kept_for_the_compiler_to_reject() {
        List<CellSnippets.Snippet> snippets = CellSnippets.split(shell.sourceCodeAnalysis(), "int a = 1;\nvoid f() {");
        assertThat(snippets).hasSize(2);
        assertThat(snippets.get(1).complete()).isFalse();
        assertThat(snippets.get(1).line()).isEqualTo(2);
    }

    @Test
    void a_blank_or_comment_only_cell_has_no_snippets() {
        assertThat(CellSnippets.split(shell.sourceCodeAnalysis(), "  \n\n")).isEmpty();
        assertThat(CellSnippets.split(shell.sourceCodeAnalysis(), "// just a note\n")).isEmpty();
    }
}
