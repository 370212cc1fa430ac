// The reference maths of hidden tests: stable where naive formulas fail, and central differences that match derivatives.
package org.nnworkbook.grader.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ReferenceTest {

    @Test
    void sigmoid_is_exact_at_zero_and_finite_far_out() {
        assertThat(Reference.sigmoid(0)).isEqualTo(0.5);
        assertThat(Reference.sigmoid(-1000)).isEqualTo(0.0);
        assertThat(Reference.sigmoid(1000)).isEqualTo(1.0);
        assertThat(Reference.sigmoid(-30)).isCloseTo(9.357622968839299E-14, within(1e-27));
        assertThat(Reference.sigmoid(2) + Reference.sigmoid(-2)).isCloseTo(1.0, within(1e-15));
    }

    @Test
    void log_sum_exp_and_softmax_survive_logits_of_a_thousand() {
        assertThat(Reference.logSumExp(1000, 1000)).isCloseTo(1000 + Math.log(2), within(1e-12));
        assertThat(Reference.logSumExp(-1000, -1000)).isCloseTo(-1000 + Math.log(2), within(1e-12));
        assertThat(Reference.logSumExp(1, 2, 3)).isCloseTo(Math.log(Math.exp(1) + Math.exp(2) + Math.exp(3)), within(1e-12));
        double[] p = Reference.softmax(1000, 999, -1000);
        assertThat(Arrays.stream(p).sum()).isCloseTo(1.0, within(1e-15));
        assertThat(p[0] / p[1]).isCloseTo(Math.E, within(1e-9));
        assertThat(p[2]).isEqualTo(0.0);
    }

    @Test
    void central_differences_match_known_derivatives_and_leave_the_point_alone() {
        double[] x = {0.3, -1.2, 2.0};
        double[] g = Reference.gradient(v -> v[0] * v[0] + Math.sin(v[1]) + Math.exp(v[2]) * v[0], x);
        assertThat(g[0]).isCloseTo(2 * 0.3 + Math.exp(2.0), within(1e-7));
        assertThat(g[1]).isCloseTo(Math.cos(-1.2), within(1e-7));
        assertThat(g[2]).isCloseTo(Math.exp(2.0) * 0.3, within(1e-7));
        assertThat(x).containsExactly(0.3, -1.2, 2.0);
    }

    @Test
    void central_differences_of_a_matrix_come_row_after_row_and_leave_it_alone() {
        double[][] w = {{1, 2, 3}, {4, 5, 6}};
        // f(W) = Σ c_ij · w_ij² has the gradient 2 · c_ij · w_ij.
        double[][] c = {{1, 0, -1}, {0.5, 2, 0}};
        double[] g = Reference.gradientOfMatrix(m -> {
            double s = 0;
            for (int i = 0; i < m.length; i++) {
                for (int j = 0; j < m[i].length; j++) {
                    s += c[i][j] * m[i][j] * m[i][j];
                }
            }
            return s;
        }, w);
        double[] expected = {2, 0, -6, 4, 20, 0};
        for (int k = 0; k < expected.length; k++) {
            assertThat(g[k]).as("entry %d", k).isCloseTo(expected[k], within(1e-6));
        }
        assertThat(w).isDeepEqualTo(new double[][] {{1, 2, 3}, {4, 5, 6}});
    }

    @Test
    void flatten_and_concat_put_arrays_one_after_the_other() {
        assertThat(Reference.flatten(new double[][] {{1, 2}, {}, {3}})).containsExactly(1, 2, 3);
        assertThat(Reference.concat(new double[] {1}, new double[] {2, 3})).containsExactly(1, 2, 3);
    }
}
