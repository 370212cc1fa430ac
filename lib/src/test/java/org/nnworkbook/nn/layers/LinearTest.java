// Linear: forward formula, gradient check, backward formulas, accumulation, seeding, accessors, errors.
package org.nnworkbook.nn.layers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.nnworkbook.testing.MatrixAssertions.argumentError;
import static org.nnworkbook.testing.MatrixAssertions.assertClose;
import static org.nnworkbook.testing.MatrixAssertions.assertGradientsMatch;
import static org.nnworkbook.testing.MatrixAssertions.shapeError;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.nnworkbook.nn.Matrix;
import org.nnworkbook.nn.RandomSource;
import org.nnworkbook.nn.gradcheck.GradCheck;
import org.nnworkbook.nn.init.Initializer;

class LinearTest {

    @Test
    void forward_is_input_times_weight_plus_bias() {
        Linear layer = Linear.of(Matrix.of(2, 3, 1, 2, 3, 4, 5, 6), Matrix.row(0.5, -0.5, 1));
        Matrix x = Matrix.of(2, 2, 1, 0, 2, 1);
        assertEquals(Matrix.of(2, 3, 1.5, 1.5, 4, 6.5, 8.5, 13), layer.forward(x));
    }

    @Test
    void backward_passes_the_gradient_check() {
        Linear layer = new Linear(4, 3, 7);
        assertGradientsMatch(GradCheck.layer(layer, Matrix.randn(5, 4, 1), 2), 1e-6);
    }

    @Test
    void backward_gradients_follow_the_formulas() {
        Linear layer = new Linear(3, 2, 1);
        Matrix x = Matrix.randn(4, 3, 2);
        Matrix g = Matrix.randn(4, 2, 3);
        layer.forward(x);
        Matrix dx = layer.backward(g);
        assertAll(
                () -> assertClose(x.transpose().matmul(g), layer.weightGrad(), 1e-14),      // dL/dW = xᵀ·g
                () -> assertClose(g.sum(0), layer.biasGrad(), 1e-14),                      // dL/db = Σ rows of g
                () -> assertClose(g.matmul(layer.weight().transpose()), dx, 1e-14));        // dL/dx = g·Wᵀ
    }

    @Test
    void gradients_accumulate_until_zeroed_also_through_the_trainers_passes() {
        Linear layer = new Linear(3, 2, 1);
        Matrix x = Matrix.randn(4, 3, 2);
        Matrix g = Matrix.randn(4, 2, 3);
        layer.forward(x);
        layer.backward(g);
        Matrix once = layer.weightGrad().copy();
        TrainingPasses passes = new TrainingPasses(layer);     // skips dL/d(input): parameter gradients only
        Matrix out = passes.forward(x);
        passes.backward(g);
        assertAll(
                () -> assertEquals(layer.forward(x), out),
                () -> assertClose(once.mul(2), layer.weightGrad(), 1e-14));
        layer.zeroGrad();
        assertEquals(0.0, layer.weightGrad().norm());
    }

    @Test
    void same_seed_same_weights_and_default_init_is_uniform_within_one_over_root_fan_in() {
        Linear a = new Linear(50, 40, 3);
        RandomSource.manualSeed(5);
        Linear b = new Linear(50, 40);
        Linear c = new Linear(50, 40);
        RandomSource.manualSeed(5);
        Linear d = new Linear(50, 40);
        assertAll(
                () -> assertEquals(a.weight(), new Linear(50, 40, 3).weight()),
                () -> assertEquals(b.weight(), d.weight()),
                () -> assertNotEquals(b.weight(), c.weight()),
                () -> assertThat(a.weight().abs().max()).isLessThanOrEqualTo(1 / Math.sqrt(50)),
                () -> assertThat(a.bias().abs().max()).isLessThanOrEqualTo(1 / Math.sqrt(50)),
                () -> assertEquals(Matrix.zeros(1, 40),
                        new Linear(50, 40, Initializer.heNormal(), Initializer.zeros(), new Random(1)).bias()));
    }

    @Test
    void exposes_weights_biases_and_unit_weights_for_plots() {
        Linear layer = Linear.of(Matrix.of(2, 2, 1, 3, 2, 4), Matrix.row(-1, 1));
        assertAll(
                () -> assertArrayEquals(new double[] {3, 4}, layer.unitWeights(1)),
                () -> assertEquals(2, layer.in()),
                () -> assertEquals(2, layer.out()),
                () -> assertEquals(2, layer.parameters().size()),
                () -> assertEquals("weight", layer.parameters().get(0).name()),
                () -> assertEquals("Linear(in=4, out=10)", new Linear(4, 10, 1).toString()));
    }

    @Test
    void of_copies_the_given_matrices() {
        Matrix w = Matrix.of(1, 1, 2);
        Linear layer = Linear.of(w, Matrix.row(0));
        w.set(0, 0, 99);
        assertEquals(2.0, layer.weight().get(0, 0));
    }

    @Test
    void mistakes_get_shape_errors_or_argument_errors_with_hints() {
        Linear layer = new Linear(4, 10, 1);
        layer.forward(Matrix.zeros(32, 4));
        assertAll(
                () -> assertThat(shapeError(() -> layer.backward(Matrix.zeros(32, 9))))
                        .startsWith("Linear.backward: the gradient must have the shape of the latest output [32, 10]")
                        .contains("gradient [32, 9]").contains("hint:"),
                () -> assertThat(shapeError(() -> Linear.of(Matrix.zeros(2, 3), Matrix.row(1, 2))))
                        .contains("bias   [1, 2]").contains("weight [2, 3]"),
                () -> assertThat(argumentError(() -> new Linear(0, 3, 1))).contains("in (number of input features) must be positive, got 0"),
                () -> assertThat(org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                        () -> new Linear(2, 2, 1).backward(Matrix.zeros(1, 2))).getMessage()).contains("call forward first"));
    }
}
