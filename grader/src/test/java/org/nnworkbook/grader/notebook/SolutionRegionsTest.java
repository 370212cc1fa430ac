// How solution regions become the stubs students see, and which markers are refused.
package org.nnworkbook.grader.notebook;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class SolutionRegionsTest {
    @Test
    void a_region_that_ends_a_method_becomes_a_bare_throw_at_the_same_indent() {
        String stub = SolutionRegions.stubCode("""
                double relu(double x) {
                    // BEGIN SOLUTION
                    return Math.max(0.0, x);
                    // END SOLUTION
                }""", "relu");
        assertThat(stub).isEqualTo("""
                double relu(double x) {
                    // YOUR CODE HERE
                    throw new UnsupportedOperationException("exercise relu: not written yet");
                }""");
    }

    @Test
    void a_region_followed_by_statements_throws_through_if_true_so_they_stay_reachable() {
        String stub = SolutionRegions.stubCode("""
                double dot(double[] a, double[] b) {
                    double sum = 0.0;
                    // BEGIN SOLUTION
                    for (int i = 0; i < a.length; i++) sum += a[i] * b[i];
                    // END SOLUTION
                    return sum;
                }""", "dot");
        assertThat(stub).contains("    if (true) throw new UnsupportedOperationException(\"exercise dot: not written yet\");\n    return sum;");
    }

    @Test
    void a_solution_cell_without_markers_is_replaced_whole() {
        assertThat(SolutionRegions.stubCode("int answer = 42;", "answer"))
                .isEqualTo("// YOUR CODE HERE\nthrow new UnsupportedOperationException(\"exercise answer: not written yet\");\n");
    }

    @Test
    void a_markdown_answer_keeps_its_question_and_loses_its_answer() {
        assertThat(SolutionRegions.stubMarkdown("Why?\nBEGIN SOLUTION\nBecause.\nEND SOLUTION\nThanks."))
                .isEqualTo("Why?\nYOUR ANSWER HERE\nThanks.");
    }

    @Test
    void unbalanced_nested_and_hidden_test_markers_are_problems() {
        assertThat(SolutionRegions.problems("// END SOLUTION")).containsExactly("END SOLUTION on line 1 has no BEGIN SOLUTION above it");
        assertThat(SolutionRegions.problems("// BEGIN SOLUTION\n// BEGIN SOLUTION\n// END SOLUTION"))
                .containsExactly("BEGIN SOLUTION on line 2 is inside the region opened on line 1");
        assertThat(SolutionRegions.problems("### BEGIN HIDDEN TESTS\nassert x;\n### END HIDDEN TESTS")).hasSize(1);
        assertThat(SolutionRegions.problems("// BEGIN SOLUTION\nx();\n// END SOLUTION")).isEmpty();
    }
}
