// The facade as a notebook uses it, after one static import.
package org.nnworkbook;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.nnworkbook.NN.*;

import org.junit.jupiter.api.Test;
import org.nnworkbook.nn.Matrix;
import org.nnworkbook.nn.activations.ReLU;
import org.nnworkbook.nn.activations.Tanh;
import org.nnworkbook.nn.layers.Sequential;
import org.nnworkbook.nn.optim.Adam;
import org.nnworkbook.nn.train.History;

/** The facade as a notebook uses it: one static import. */
class NNTest {

    @Test
    void the_class_comment_example_trains_xor_from_the_facade_alone() {
        manualSeed(42);
        var net = mlp(Tanh::new, 2, 8, 1);
        var x = matrix(new double[][] {{0, 0}, {0, 1}, {1, 0}, {1, 1}});
        var y = column(0, 1, 1, 0);
        History history = trainer(net, bceWithLogits(), adam(net, 0.05)).epochs(300).batchSize(4).fit(x, y);
        assertAll(
                () -> assertEquals(1.0, history.last().trainAccuracy()),
                () -> assertEquals(1.0, accuracy(net, bceWithLogits(), x, y)),
                () -> assertEquals(1.0, accuracy(x2 -> net.forward(x2).map(NN::sigmoid), bce(), x, y)));
    }

    @Test
    void factories_delegate_to_the_library() {
        manualSeed(1);
        Sequential a = mlp(ReLU::new, 4, 3, 2);
        manualSeed(1);
        Sequential b = mlp(ReLU::new, 4, 3, 2);
        assertAll(
                () -> assertEquals(a.parameters().get(0).value(), b.parameters().get(0).value()),
                () -> assertEquals(mlp(7, ReLU::new, 4, 3).parameters().get(0).value(),
                        mlp(7, ReLU::new, 4, 3).parameters().get(0).value()),
                () -> assertEquals(Matrix.of(2, 2, 1, 2, 3, 4), matrix(2, 2, 1, 2, 3, 4)),
                () -> assertEquals(Matrix.identity(3), eye(3)),
                () -> assertEquals(0.5, sigmoid(0.0)),
                () -> assertEquals(0.0, relu(-3)),
                () -> assertEquals(6.0, value(2).mul(value(3)).data()),
                () -> assertEquals("x", value(1, "x").label()),
                () -> assertInstanceOf(Adam.class, adam(a, 0.01)),
                () -> assertEquals("Linear(in=2, out=3)", linear(2, 3).toString()),
                () -> assertEquals(1.0, softmax(randn(2, 3, 1)).getRow(0).sum(), 1e-15),
                () -> assertEquals(0.0, relError(2.0, 2.0)));
    }
}
