// The gradient checker itself: its formula, and that it catches wrong gradients.
package org.nnworkbook.nn.gradcheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.nnworkbook.testing.MatrixAssertions.assertClose;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nnworkbook.nn.Matrix;
import org.nnworkbook.nn.Parameter;
import org.nnworkbook.nn.ShapeException;
import org.nnworkbook.nn.activations.Activation;
import org.nnworkbook.nn.activations.Tanh;
import org.nnworkbook.nn.layers.Layer;
import org.nnworkbook.nn.layers.Linear;
import org.nnworkbook.nn.layers.Sequential;
import org.nnworkbook.nn.loss.MSELoss;

class GradCheckTest {

    @Test
    void relative_error_is_cs231n_s_formula() {
        assertAll(
                () -> assertEquals(0.0, GradCheck.relativeError(2.0, 2.0)),
                () -> assertEquals(1.0 / 7, GradCheck.relativeError(3.0, 4.0), 1e-16),
                () -> assertEquals(1e-9 / 1e-8, GradCheck.relativeError(0.0, 1e-9), 1e-12),   // floor of 1e-8
                () -> assertEquals(0.5, GradCheck.relativeError(Matrix.row(1, 3), Matrix.row(1, 1)), 1e-16),
                () -> assertThat(assertThrows(ShapeException.class,
                        () -> GradCheck.relativeError(Matrix.row(1, 2, 3), Matrix.row(1, 2))).getMessage())
                        .contains("GradCheck.relativeError", "different shapes", "[1, 3]", "[1, 2]"));
    }

    @Test
    void numerical_gradient_of_a_known_function_and_the_input_is_restored() {
        Matrix x = Matrix.row(0.3, -1.2, 2.0);
        Matrix before = x.copy();
        // f(x) = Σ x³  →  ∇f = 3x²
        Matrix g = GradCheck.numericalGradient(m -> m.pow(3).sum(), x);
        assertAll(() -> assertClose(x.pow(2).mul(3), g, 1e-9), () -> assertEquals(before, x));
    }

    /** A layer whose backward forgets the factor 2 of d(x²)/dx: the check must catch it. */
    private static final class BrokenSquare implements Layer {
        private Matrix input;

        @Override
        public Matrix forward(Matrix x) {
            input = x;
            return x.mul(x);
        }

        @Override
        public Matrix backward(Matrix g) {
            return g.mul(input);    // should be g ⊙ 2x
        }
    }

    @Test
    void a_wrong_backward_fails_the_check_by_a_wide_margin() {
        GradCheckReport report = GradCheck.layer(new BrokenSquare(), Matrix.randn(3, 2, 1), 1);
        assertAll(
                () -> assertThat(report.maxRelativeError()).isGreaterThan(0.3),
                () -> assertThat(report.passed(1e-6)).isFalse());
    }

    @Test
    void a_wrong_derivative_fails_the_activation_check() {
        Activation wrong = new Activation() {
            @Override
            public double apply(double x) {
                return Math.tanh(x);
            }

            @Override
            public double derivative(double x) {
                return 1 - Math.tanh(x);   // should be 1 - tanh²
            }
        };
        assertThat(GradCheck.activation(wrong, -1, 0.5, 2).maxRelativeError()).isGreaterThan(0.1);
    }

    @Test
    void the_report_lists_input_and_every_parameter_and_leaves_analytic_gradients_in_place() {
        Sequential net = new Sequential(new Linear(3, 4, 1), new Tanh(), new Linear(4, 2, 2));
        Matrix x = Matrix.randn(5, 3, 3);
        Matrix y = Matrix.randn(5, 2, 4);
        GradCheckReport report = GradCheck.model(net, new MSELoss(), x, y);
        List<Parameter> ps = net.parameters();
        assertAll(
                () -> assertEquals(List.of("input", "0.weight", "0.bias", "2.weight", "2.bias"),
                        report.entries().stream().map(GradCheckReport.Entry::name).toList()),
                () -> assertEquals(ps.get(2).grad(), report.entry("2.weight").analytic()),
                () -> assertThat(report.maxRelativeError()).isLessThan(1e-6),
                () -> assertThat(report.toString()).contains("0.weight").contains("[3, 4]").contains("worst:"));
    }
}
