package org.nnworkbook.grader.api;

import static org.assertj.core.api.Assertions.assertThat;
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
    void a_flattened_matrix_expression_evaluates_to_its_entries_row_after_row_and_doubles_round_trip() {
        double awkward = 0.1 + 0.2;   // 0.30000000000000004: must come back bit for bit
        try (JShell shell = JShell.builder().executionEngine("local").build()) {
            List<SnippetEvent> events = shell.eval(
                    "java.util.Arrays.toString(" + Literals.flattened(Literals.of(new double[][] {{awkward, 2}, {-3, 4}})) + ")");
            assertThat(events.get(0).value()).isEqualTo("\"[0.30000000000000004, 2.0, -3.0, 4.0]\"");
        }
    }
}
