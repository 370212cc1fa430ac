// is_complete on a real JShell: what jupyter console runs at once, waits on, or runs to show an error.
package org.nnworkbook.kernel.help;

import static org.assertj.core.api.Assertions.assertThat;

import jdk.jshell.JShell;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class CompletenessTest {
    private final JShell shell = NotebookShell.get();

    private Completeness of(String cell) {
        return Completeness.of(shell, cell.replace("\\n", "\n"));
    }

    @ParameterizedTest(name = "[{index}] <{0}> is {1}")
    @CsvSource(delimiter = '|', value = {
            "int x = 1;                                  | complete",
            "1 + 1                                       | complete",
            "int a = 1;\\nint b = a + 1;\\na * b          | complete",
            "Plots.boundary(model, data)                 | complete",
            "''                                          | complete",
            "%classpath extra.jar                        | complete",
            "int x = ;                                   | invalid",
            "Plots.boundary(model data)                  | invalid",
            "'\"an unclosed string'                      | invalid",
            "int a = 1;\\nint x = ;                       | invalid",
            "for (int i = 0; i < 3; i++) {               | incomplete",
            "double sum = 1 +                            | incomplete",
            "/* a comment not closed                     | incomplete",
            "int a = 1;\\nvoid f() {                      | incomplete",
            "%%bash\\necho hi                             | unknown"})
    void the_status_is_the_one_jupyter_expects(String cell, String status) {
        assertThat(of(cell).status()).isEqualTo(status);
    }

    @Test
    void an_open_block_indents_the_next_line_by_its_depth() {
        assertThat(of("for (int i = 0; i < 3; i++) {").indent()).isEqualTo("    ");
        assertThat(of("void f() {\\n    if (true) {").indent()).isEqualTo("        ");
    }

    @Test
    void braces_in_strings_and_comments_do_not_count() {
        assertThat(of("String open = \"{{\"; // {\\nif (open.isEmpty()) {").indent()).isEqualTo("    ");
    }

    @Test
    void the_kernel_answer_is_the_indent_when_incomplete_and_the_status_otherwise() {
        assertThat(of("while (true) {").asKernelAnswer()).isEqualTo("    ");
        assertThat(of("int y = 2;").asKernelAnswer()).isEqualTo("complete");
        assertThat(of("int y = ;").asKernelAnswer()).isEqualTo("invalid");
    }

    @Test
    void a_null_cell_is_unknown() {
        assertThat(Completeness.of(shell, null).status()).isEqualTo("unknown");
    }
}
