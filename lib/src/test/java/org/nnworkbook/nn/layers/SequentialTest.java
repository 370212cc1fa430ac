// Sequential and the MLP builder: structure, parameter names, whole-network gradient checks, buffer reuse.
package org.nnworkbook.nn.layers;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.nnworkbook.testing.MatrixAssertions.argumentError;
import static org.nnworkbook.testing.MatrixAssertions.assertClose;
import static org.nnworkbook.testing.MatrixAssertions.assertGradientsMatch;

import java.util.List;
import java.util.Random;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.nnworkbook.nn.Matrix;
import org.nnworkbook.nn.Parameter;
import org.nnworkbook.nn.activations.ReLU;
import org.nnworkbook.nn.activations.Sigmoid;
import org.nnworkbook.nn.activations.Tanh;
import org.nnworkbook.nn.gradcheck.GradCheck;
import org.nnworkbook.nn.init.Initializer;
import org.nnworkbook.nn.loss.BCEWithLogitsLoss;
import org.nnworkbook.nn.loss.CrossEntropyLoss;
import org.nnworkbook.nn.loss.MSELoss;

class SequentialTest {

    @Test
    void mlp_builds_linear_layers_with_activations_between_them() {
        Sequential net = Sequential.mlp(new Random(1), ReLU::new, 64, 128, 10);
        assertAll(
                () -> assertEquals("Sequential(\n  (0): Linear(in=64, out=128)\n  (1): ReLU()\n  (2): Linear(in=128, out=10)\n)",
                        net.toString()),
                () -> assertEquals(List.of("0.weight", "0.bias", "2.weight", "2.bias"),
                        net.parameters().stream().map(Parameter::name).toList()),
                () -> assertEquals(2, net.linearLayers().size()),
                () -> assertEquals("[5, 10]", net.forward(Matrix.zeros(5, 64)).shape().toString()));
    }

    @Test
    void every_mlp_takes_the_random_source_the_activation_the_initialiser_then_the_sizes() {
        Sequential seeded = Sequential.mlp(new Random(4), Tanh::new, 2, 3, 1);
        Sequential facade = org.nnworkbook.NN.mlp(4, Tanh::new, 2, 3, 1);
        Sequential initialised = Sequential.mlp(new Random(4), Tanh::new, Initializer.normal(0, 1), new int[] {2, 3, 1});
        assertAll(
                () -> assertEquals(seeded.parameters().get(0).value(), facade.parameters().get(0).value()),
                () -> assertEquals(Matrix.randn(2, 3, new Random(4)), initialised.parameters().get(0).value()),
                () -> assertEquals(Matrix.zeros(1, 3), initialised.parameters().get(1).value()),
                () -> assertEquals(3, initialised.size()));
    }

    @Test
    void parameters_are_the_layers_own_matrices() {
        Sequential net = Sequential.mlp(new Random(2), Tanh::new, Initializer.xavierUniform(), 2, 3, 1);
        Linear first = (Linear) net.get(0);
        net.parameters().get(0).value().set(0, 0, 42);
        assertEquals(42.0, first.weight().get(0, 0));
    }

    @Test
    void whole_networks_pass_the_gradient_check_for_every_loss() {
        Matrix x = Matrix.randn(6, 3, 1);
        Sequential regression = new Sequential(new Linear(3, 5, 1), new Tanh(), new Linear(5, 2, 2));
        Sequential binary = new Sequential(new Linear(3, 4, 3), new Sigmoid(), new Linear(4, 1, 4));
        Sequential multiClass = new Sequential(new Linear(3, 6, 5), new Tanh(), new Linear(6, 4, 6), new Tanh(),
                new Linear(4, 3, 7));
        assertGradientsMatch(GradCheck.model(regression, new MSELoss(), x, Matrix.randn(6, 2, 9)), 1e-6);
        assertGradientsMatch(GradCheck.model(binary, new BCEWithLogitsLoss(), x, Matrix.column(1, 0, 0, 1, 1, 0)), 1e-6);
        assertGradientsMatch(GradCheck.model(multiClass, new CrossEntropyLoss(), x, Matrix.column(0, 2, 1, 1, 0, 2)), 1e-6);
    }

    @Test
    void backward_equals_the_chain_of_layer_backwards() {
        Linear l1 = new Linear(3, 4, 1);
        ReLU relu = new ReLU();
        Linear l2 = new Linear(4, 2, 2);
        Sequential net = new Sequential(l1, relu, l2);
        Matrix x = Matrix.randn(5, 3, 3);
        Matrix g = Matrix.randn(5, 2, 4);
        net.forward(x);
        Matrix dx = net.backward(g);
        Matrix expectedDx = l1.backward(relu.backward(l2.backward(g)));   // (grads now doubled; dx is not)
        assertClose(expectedDx, dx, 1e-15);
    }

    @Test
    void weight_gradient_norms_shrink_towards_the_input_of_a_deep_sigmoid_stack() {
        Sequential deep = Sequential.mlp(new Random(5), Sigmoid::new, Initializer.xavierNormal(),
                4, 16, 16, 16, 16, 16, 1);
        Matrix x = Matrix.randn(32, 4, 6);
        deep.backward(new MSELoss().gradient(deep.forward(x), Matrix.randn(32, 1, 7)));
        double[] norms = deep.weightGradientNorms();
        assertAll(
                () -> assertEquals(6, norms.length),
                () -> assertEquals(deep.linearLayers().get(2).weightGrad().norm(), norms[2]),
                () -> Assertions.assertThat(norms[0]).isLessThan(norms[5] / 10));
    }

    @Test
    void each_forward_returns_a_new_matrix_even_though_inner_buffers_are_reused() {
        Sequential net = Sequential.mlp(new Random(3), ReLU::new, 2, 8, 3);
        Matrix first = net.forward(Matrix.of(1, 2, 1, 2));
        Matrix copy = first.copy();
        Matrix second = net.forward(Matrix.of(1, 2, -3, 5));
        assertAll(() -> assertNotSame(first, second), () -> assertEquals(copy, first));
    }

    @Test
    void an_empty_or_too_short_network_or_a_reused_layer_object_is_refused() {
        ReLU shared = new ReLU();
        assertAll(
                () -> Assertions.assertThat(argumentError(() -> new Sequential(shared, new Linear(2, 2, 1), shared)))
                        .contains("the same ReLU() object is at positions 0 and 2"),
                () -> Assertions.assertThat(argumentError(() -> new Sequential(List.of()))).contains("at least one layer"),
                () -> Assertions.assertThat(argumentError(() -> Sequential.mlp(new Random(1), ReLU::new, 3)))
                        .contains("at least an input and an output size"));
    }
}
