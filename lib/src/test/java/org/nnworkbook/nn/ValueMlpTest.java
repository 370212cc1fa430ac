// The Value MLP: structure, training, and agreement with the matrix MLP on the same weights.
package org.nnworkbook.nn;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nnworkbook.testing.MatrixAssertions.assertClose;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.nnworkbook.nn.activations.Tanh;
import org.nnworkbook.nn.layers.Linear;
import org.nnworkbook.nn.layers.Sequential;
import org.nnworkbook.nn.loss.MSELoss;

class ValueMlpTest {

    @Test
    void has_micrograd_s_parameter_count_and_structure() {
        ValueMlp net = new ValueMlp(3, new int[] {4, 4, 1}, Value::tanh, new Random(1));
        assertAll(
                () -> assertEquals(4 * 4 + 4 * 5 + 1 * 5, net.parameters().size()),
                () -> assertEquals("MLP of [Layer of [NonLinearNeuron(3), NonLinearNeuron(3), NonLinearNeuron(3), "
                        + "NonLinearNeuron(3)], Layer of [NonLinearNeuron(4), NonLinearNeuron(4), NonLinearNeuron(4), "
                        + "NonLinearNeuron(4)], Layer of [LinearNeuron(4)]]", net.toString()),
                () -> assertTrue(net.parameters().stream().allMatch(p -> Math.abs(p.data()) <= 1)));
    }

    @Test
    void micrograd_style_training_lowers_the_loss() {
        double[][] xs = {{2, 3, -1}, {3, -1, 0.5}, {0.5, 1, 1}, {1, 1, -1}};
        double[] ys = {1, -1, -1, 1};
        ValueMlp net = new ValueMlp(3, new int[] {4, 4, 1}, Value::tanh, new Random(7));
        double first = Double.NaN;
        double last = Double.NaN;
        for (int step = 0; step < 50; step++) {
            List<Value> errors = new ArrayList<>();
            for (int i = 0; i < xs.length; i++) {
                errors.add(net.forward(xs[i]).get(0).sub(ys[i]).pow(2));
            }
            Value loss = Value.sum(errors);
            net.zeroGrad();
            loss.backward();
            for (Value p : net.parameters()) {
                p.setData(p.data() - 0.05 * p.grad());
            }
            first = step == 0 ? loss.data() : first;
            last = loss.data();
        }
        double start = first;
        double end = last;
        assertTrue(end < 0.1 * start, () -> "loss went from " + start + " to " + end);
    }

    /**
     * The scalar-autograd MLP and the matrix MLP, given the same weights, compute the same outputs,
     * the same loss and the same gradient for every weight (EJML's TestCompareKalmanResults idea).
     */
    @Test
    void scalar_and_matrix_mlps_agree_on_outputs_and_gradients() {
        Sequential matrixNet = new Sequential(new Linear(3, 4, 11), new Tanh(), new Linear(4, 4, 12), new Tanh(),
                new Linear(4, 1, 13));
        ValueMlp scalarNet = new ValueMlp(3, new int[] {4, 4, 1}, Value::tanh, new Random(99));
        List<Linear> linears = matrixNet.linearLayers();
        for (int l = 0; l < linears.size(); l++) {
            List<ValueMlp.Neuron> neurons = scalarNet.layers().get(l).neurons();
            for (int j = 0; j < neurons.size(); j++) {
                for (int i = 0; i < neurons.get(j).weights().size(); i++) {
                    neurons.get(j).weights().get(i).setData(linears.get(l).weight().get(i, j));
                }
                neurons.get(j).bias().setData(linears.get(l).bias().get(0, j));
            }
        }
        Matrix x = Matrix.randn(5, 3, 3);
        Matrix y = Matrix.randn(5, 1, 4);

        Matrix out = matrixNet.forward(x);
        MSELoss mse = new MSELoss();
        double matrixLoss = mse.value(out, y);
        matrixNet.zeroGrad();
        matrixNet.backward(mse.gradient(out, y));

        List<Value> squares = new ArrayList<>();
        double[] scalarOut = new double[5];
        for (int r = 0; r < 5; r++) {
            Value o = scalarNet.forward(x.getRow(r).data()).get(0);
            scalarOut[r] = o.data();
            squares.add(o.sub(y.get(r, 0)).pow(2));
        }
        Value scalarLoss = Value.sum(squares).div(5);
        scalarNet.zeroGrad();
        scalarLoss.backward();

        assertClose(out, Matrix.column(scalarOut), 1e-12);
        assertEquals(matrixLoss, scalarLoss.data(), 1e-12);
        for (int l = 0; l < linears.size(); l++) {
            Linear linear = linears.get(l);
            List<ValueMlp.Neuron> neurons = scalarNet.layers().get(l).neurons();
            Matrix wGrad = Matrix.generate(linear.in(), linear.out(), (i, j) -> neurons.get(j).weights().get(i).grad());
            Matrix bGrad = Matrix.generate(1, linear.out(), (i, j) -> neurons.get(j).bias().grad());
            assertClose(linear.weightGrad(), wGrad, 1e-12);
            assertClose(linear.biasGrad(), bGrad, 1e-12);
        }
    }
}
