// Tab completion on a real JShell with the real library: names, members, earlier cells, ranges, odd input.
package org.nnworkbook.kernel.help;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertAll;

import jdk.jshell.JShell;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class CompletionsTest {
    private final JShell shell = NotebookShell.get();

    private Completion atEnd(String cell) {
        return Completions.complete(shell, cell, cell.length());
    }

    @Test
    void a_library_static_method_completes_once_although_it_has_two_overloads() {
        Completion c = atEnd("Plots.bou");
        assertAll(
                () -> assertThat(c.options()).containsExactly("boundary("),
                () -> assertThat(c.start()).isEqualTo("Plots.".length()),
                () -> assertThat(c.end()).isEqualTo("Plots.bou".length()));
    }

    @Test
    void a_library_class_completes_after_new() {
        Completion c = atEnd("var layer = new Linea");
        assertThat(c.options()).contains("Linear(");
        assertThat(c.start()).isEqualTo("var layer = new ".length());
    }

    @Test
    void a_class_without_public_constructors_is_not_offered_after_new() {
        // Matrix is built with Matrix.of(...) or matrix(...): `new Matrix(` would not compile.
        assertThat(atEnd("new Matri").options()).doesNotContain("Matrix(");
        assertThat(atEnd("Matri").options()).contains("Matrix");
    }

    @Test
    void a_variable_from_an_earlier_cell_lists_its_members_before_objects_methods() {
        Completion c = atEnd("model.");
        assertAll(
                () -> assertThat(c.options()).contains("forward(", "parameters()", "hashCode()"),
                () -> assertThat(c.options()).doesNotHaveDuplicates(),
                () -> assertThat(c.options().indexOf("forward(")).isLessThan(c.options().indexOf("hashCode()")),
                () -> assertThat(c.start()).isEqualTo(c.end()).isEqualTo("model.".length()));
    }

    @Test
    void a_variable_from_an_earlier_cell_completes_by_name() {
        assertThat(atEnd("double step = learningR").options()).containsExactly("learningRate");
    }

    @Test
    void static_members_of_the_facade_complete_after_its_name_and_unqualified() {
        assertThat(atEnd("NN.sigm").options()).contains("sigmoid(");
        assertThat(atEnd("var act = sigm").options()).contains("sigmoid(");
    }

    @Test
    void jdk_members_complete_and_overloads_collapse() {
        assertThat(atEnd("Math.ma").options()).containsExactly("max(");
        assertThat(atEnd("List<Integer> xs = new ArrayLi").options()).contains("ArrayList(");
    }

    @Test
    void an_unknown_prefix_completes_to_nothing() {
        assertThat(atEnd("Plots.noSuchPlot").options()).isEmpty();
    }

    @Test
    void the_snippet_under_the_cursor_is_completed_and_the_range_is_in_the_cell() {
        String cell = "int a = 1;\nPlots.bou";
        Completion c = atEnd(cell);
        assertThat(c.options()).containsExactly("boundary(");
        assertThat(cell.substring(c.start(), c.end())).isEqualTo("bou");
    }

    @Test
    void a_cursor_in_the_middle_of_a_cell_completes_there() {
        String cell = "Plots.bou\nint b = 2;\nb + 1";
        Completion c = Completions.complete(shell, cell, "Plots.bou".length());
        assertThat(c.options()).containsExactly("boundary(");
        assertThat(cell.substring(c.start(), c.end())).isEqualTo("bou");
    }

    @Test
    void an_opening_parenthesis_already_typed_is_not_offered_again() {
        String cell = "Plots.bou(net, data)";
        assertThat(Completions.complete(shell, cell, "Plots.bou".length()).options()).containsExactly("boundary");
    }

    @Test
    void a_line_magic_above_does_not_hide_the_java_below() {
        String cell = "%classpath extra.jar\nPlots.bou";
        Completion c = atEnd(cell);
        assertThat(c.options()).containsExactly("boundary(");
        assertThat(cell.substring(c.start(), c.end())).isEqualTo("bou");
    }

    @Test
    void positions_count_unicode_code_points_as_jupyter_does() {
        String cell = "// 🙂 one code point, two Java chars\nPlots.bou";
        int cursor = cell.codePointCount(0, cell.length());
        Completion c = Completions.complete(shell, cell, cursor);
        assertThat(c.options()).containsExactly("boundary(");
        assertThat(c.start()).isEqualTo(cursor - "bou".length());
        assertThat(c.end()).isEqualTo(cursor);
    }

    @ParameterizedTest(name = "[{index}] cell <{0}> cursor {1}")
    @CsvSource(delimiter = '|', value = {
            "''                       | 0",
            "'Plots.bou'              | 0",
            "'Plots.bou'              | 99",
            "'Plots.bou'              | -1",
            "'   '                    | 2",
            "'}}} {{ ((( Plots.'      | 17",
            "'%%bash\nPlots.bou'      | 15",
            "'\"unclosed string Plots.' | 24"})
    void odd_input_gets_no_options_and_no_exception(String cell, int cursor) {
        Completion c = Completions.complete(shell, cell.replace("\\n", "\n"), cursor);
        assertThat(c.options()).isEmpty();
    }

    @Test
    void a_null_cell_gets_no_options() {
        assertThat(Completions.complete(shell, null, 3).options()).isEmpty();
    }
}
