// Activations: values, derivatives (gradient-checked), the documented choices at kinks, PReLU, maxout, softmax.
package org.nnworkbook.nn.activations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.nnworkbook.testing.MatrixAssertions.assertClose;
import static org.nnworkbook.testing.MatrixAssertions.assertGradientsMatch;
import static org.nnworkbook.testing.MatrixAssertions.shapeError;

import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nnworkbook.nn.Matrix;
import org.nnworkbook.nn.gradcheck.GradCheck;
import org.nnworkbook.nn.layers.Layer;

class ActivationsTest {
    /** Points away from the kinks at 0, where the one-sided derivatives differ. */
    private static final double[] POINTS = {-3.1, -1.2, -0.4, 0.3, 0.9, 2.6};

    static Stream<ActivationLayer> elementWise() {
        return Stream.of(new Sigmoid(), new Tanh(), new ReLU(), new LeakyReLU(), new LeakyReLU(0.3), new ELU(),
                new ELU(0.5), new Identity(), new Sign());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("elementWise")
    void derivative_matches_central_differences(ActivationLayer f) {
        assertGradientsMatch(GradCheck.activation(f, POINTS), 1e-6);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("elementWise")
    void layer_backward_passes_the_gradient_check(ActivationLayer f) {
        Matrix x = Matrix.of(2, 3, POINTS);
        assertGradientsMatch(GradCheck.layer(f, x, 5), 1e-6);
    }

    @Test
    void forward_values_follow_the_lecture_definitions() {
        assertAll(
                () -> assertEquals(0.5, new Sigmoid().apply(0)),
                () -> assertEquals(1 / (1 + Math.exp(-2)), new Sigmoid().apply(2), 1e-16),
                () -> assertEquals(Math.tanh(0.7), new Tanh().apply(0.7)),
                () -> assertEquals(0.0, new ReLU().apply(-2)),
                () -> assertEquals(3.0, new ReLU().apply(3)),
                () -> assertEquals(-0.2, new LeakyReLU().apply(-2), 1e-16),    // max(0.1x, x)
                () -> assertEquals(0.1, new LeakyReLU().slope()),
                () -> assertEquals(Math.exp(-1) - 1, new ELU().apply(-1), 1e-16),
                () -> assertEquals(-1.0, new Sign().apply(-0.01)),
                () -> assertEquals(1.0, new Sign().apply(0.01)),
                () -> assertEquals(-7.0, new Identity().apply(-7)));
    }

    @Test
    void documented_choices_at_the_kinks() {
        assertAll(
                () -> assertEquals(0.0, new ReLU().derivative(0.0)),
                () -> assertEquals(0.1, new LeakyReLU().derivative(0.0)),
                () -> assertEquals(1.0, new ELU().derivative(0.0)),
                () -> assertEquals(1.0, new Sign().apply(0.0)),
                () -> assertEquals(0.0, new Sign().derivative(0.0)),
                () -> assertEquals(0.0, new Sign().derivative(2.0)),
                () -> assertEquals(0.25, new PReLU().derivative(0.0)));
    }

    @Test
    void sigmoid_derivative_is_sigma_times_one_minus_sigma_and_saturates() {
        Sigmoid s = new Sigmoid();
        double x = 1.3;
        assertAll(
                () -> assertEquals(s.apply(x) * (1 - s.apply(x)), s.derivative(x), 1e-16),
                () -> assertEquals(0.25, s.derivative(0)),
                () -> assertEquals(0.0, s.apply(-1000)),
                () -> assertEquals(1.0, s.apply(1000)),
                () -> assertThat(s.derivative(100000)).isEqualTo(0.0));
    }

    @Test
    void sign_units_pass_no_gradient_back() {
        Sign sign = new Sign();
        sign.forward(Matrix.row(-1, 2, 0.5));
        assertEquals(Matrix.row(0, 0, 0), sign.backward(Matrix.row(1, 1, 1)));
    }

    @Test
    void prelu_learns_its_slope_and_passes_the_gradient_check() {
        PReLU p = new PReLU(0.2);
        Matrix x = Matrix.of(2, 3, POINTS);
        assertGradientsMatch(GradCheck.layer(p, x, 8), 1e-6);
        // dL/da = Σ g·x over x <= 0; with g = 1 that is the sum of the negative inputs
        p.zeroGrad();
        p.forward(x);
        p.backward(Matrix.ones(2, 3));
        assertAll(
                () -> assertEquals(-3.1 - 1.2 - 0.4, p.parameters().get(0).grad().item(), 1e-15),
                () -> assertEquals(-0.2 * 3.1, p.apply(-3.1), 1e-15),
                () -> assertEquals("PReLU(slope=0.2)", p.toString()));
    }

    @Test
    void maxout_takes_the_larger_piece_and_passes_the_gradient_check() {
        Maxout m = new Maxout(3, 2, 2, new Random(3));
        Matrix x = Matrix.randn(4, 3, 9);
        Matrix z = m.linear().forward(x);
        Matrix y = m.forward(x);
        for (int b = 0; b < 4; b++) {
            for (int j = 0; j < 2; j++) {
                assertEquals(Math.max(z.get(b, 2 * j), z.get(b, 2 * j + 1)), y.get(b, j));
            }
        }
        assertGradientsMatch(GradCheck.layer(m, x, 2), 1e-6);
        assertEquals("Maxout(in=3, out=2, pieces=2)", m.toString());
    }

    @Test
    void softmax_rows_sum_to_one_survive_huge_logits_and_pass_the_gradient_check() {
        Matrix logits = Matrix.of(2, 3, 1000, -1000, 0, 1, 2, 3);
        Matrix p = Softmax.rows(logits);
        double e = Math.exp(1) + Math.exp(2) + Math.exp(3);
        assertAll(
                () -> assertClose(Matrix.column(1, 1), p.sum(1), 1e-15),
                () -> assertClose(Matrix.row(1, 0, 0), p.getRow(0), 0),
                () -> assertClose(Matrix.row(Math.exp(1) / e, Math.exp(2) / e, Math.exp(3) / e), p.getRow(1), 1e-15),
                () -> assertEquals(1000.0, Softmax.logSumExp(logits.data(), 0, 3), 1e-12),
                () -> assertClose(p.log().getRow(1), Softmax.logRows(logits).getRow(1), 1e-15));
        assertGradientsMatch(GradCheck.layer(new Softmax(), Matrix.randn(3, 4, 1), 3), 1e-6);
    }

    @Test
    void activation_layers_check_the_gradient_shape() {
        Layer relu = new ReLU();
        relu.forward(Matrix.zeros(2, 3));
        assertThat(shapeError(() -> relu.backward(Matrix.zeros(3, 2))))
                .startsWith("ReLU.backward: the gradient must have the shape of the latest output")
                .contains("[3, 2]").contains("[2, 3]").contains("hint:");
    }

    @Test
    void backward_before_forward_says_what_to_do() {
        IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> new Tanh().backward(Matrix.zeros(1, 1)));
        assertThat(e.getMessage()).contains("call forward first");
    }
}
