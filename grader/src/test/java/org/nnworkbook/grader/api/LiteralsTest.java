package org.nnworkbook.grader.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertAll;

import java.util.List;
import jdk.jshell.JShell;
import jdk.jshell.SnippetEvent;
import org.junit.jupiter.api.Test;

class LiteralsTest {

    @Test
    void arrays_are_written_as_java_source_with_exact_doubles() {
        assertAll(
                () -> assertThat(Literals.of(0.1, -1e-7, 3)).isEqualTo("new double[] {0.1, -1.0E-7, 3.0}"),
                () -> assertThat(Literals.of(new int[] {1, 0, 2})).isEqualTo("new int[] {1, 0, 2}"),
                () -> assertThat(Literals.of(new double[0])).isEqualTo("new double[] {}"),
                () -> assertThat(Literals.of(new double[][] {{1, 2}, {3}})).isEqualTo("new double[][] {{1.0, 2.0}, {3.0}}"));
    }

    @Test
    void a_call_writes_each_argument_as_source_and_strings_as_they_are() {
        assertAll(
                () -> assertThat(Literals.call("gdStep", new double[] {1, -0.5}, 0.2, new double[][] {{1, 2}}, new int[] {3}, 5, "w"))
                        .isEqualTo("gdStep(new double[] {1.0, -0.5}, 0.2, new double[][] {{1.0, 2.0}}, new int[] {3}, 5, w)"),
                () -> assertThat(Literals.call("carScores", 1, 0, true, 7L)).isEqualTo("carScores(1, 0, true, 7L)"),
                () -> assertThat(Literals.call("f", Double.NaN, Double.NEGATIVE_INFINITY, 1e-8))
                        .isEqualTo("f(Double.NaN, Double.NEGATIVE_INFINITY, 1.0E-8)"),
                () -> assertThat(Literals.call("noArguments")).isEqualTo("noArguments()"),
                () -> assertThat(Literals.call("linearGradB", new double[][] {{1, 2}, {3, 4}}))
                        .as("a lone matrix is one argument, not its rows").isEqualTo("linearGradB(new double[][] {{1.0, 2.0}, {3.0, 4.0}})"));
    }

    @Test
    void an_argument_it_cannot_write_is_refused_with_what_it_takes() {
        assertThatThrownBy(() -> Literals.call("f", List.of(1.0)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cannot write a List").hasMessageContaining("double[], int[], double[][]");
    }

    @Test
    void calls_blocks_and_special_numbers_run_in_jshell_and_give_back_what_went_in() {
        try (JShell shell = JShell.builder().executionEngine("local").build()) {
            shell.eval("double[] twice(double[] v, int k) { double[] o = v.clone(); for (int i = 0; i < o.length; i++) o[i] *= k; return o; }");
            String call = Literals.call("twice", new double[] {0.1 + 0.2, Double.NaN, Double.POSITIVE_INFINITY}, 2);
            assertThat(shell.eval("java.util.Arrays.toString(" + call + ")").get(0).value())
                    .isEqualTo("\"[0.6000000000000001, NaN, Infinity]\"");
            String block = Literals.block("double[] t = {1, 2}; t[0] = 5; return t;");
            assertThat(shell.eval("java.util.Arrays.toString(" + block + ")").get(0).value()).isEqualTo("\"[5.0, 2.0]\"");
        }
    }

    @Test
    void a_flattened_matrix_expression_evaluates_to_its_entries_row_after_row_and_doubles_round_trip() {
        double awkward = 0.1 + 0.2;   // 0.30000000000000004: must come back bit for bit
        try (JShell shell = JShell.builder().executionEngine("local").build()) {
            List<SnippetEvent> events = shell.eval(
                    "java.util.Arrays.toString(" + Literals.flattened(Literals.of(new double[][] {{awkward, 2}, {-3, 4}})) + ")");
            assertThat(events.get(0).value()).isEqualTo("\"[0.30000000000000004, 2.0, -3.0, 4.0]\"");
        }
    }
}
