// A small MLP made of scalar Values (micrograd's nn.py): for seeing backprop node by node, not for speed.
package org.nnworkbook.nn;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;
import org.nnworkbook.nn.RandomSource;
import org.nnworkbook.nn.internal.Check;

/**
 * A multi-layer perceptron in which every weight, sum and activation is a {@link Value}, so
 * {@code loss.backward()} fills in every weight's gradient and the whole graph can be drawn.
 *
 * <pre>{@code
 * jshell> var net = new ValueMlp(3, new int[] {4, 4, 1}, Value::tanh, new Random(1));
 * jshell> var out = net.forward(2.0, 3.0, -1.0).get(0);
 * jshell> out.backward();
 * jshell> net.parameters().size()
 * $4 ==> 41
 * }</pre>
 *
 * Each neuron computes {@code act(b + w_1·x_1 + ... + w_n·x_n)}; the last layer is linear. Weights start
 * uniform in [-1, 1] and biases at 0, as in micrograd. Unit {@code j} of layer {@code l} corresponds to
 * column {@code j} of the matching {@code Linear} layer's weight.
 */
public final class ValueMlp {
    private final List<NeuronLayer> layers = new ArrayList<>();

    /** One unit: weights, a bias, and whether an activation follows. */
    public static final class Neuron {
        private final List<Value> weights = new ArrayList<>();
        private final Value bias = new Value(0.0, "b");
        private final UnaryOperator<Value> activation;

        Neuron(int in, UnaryOperator<Value> activation, Random rng) {
            for (int i = 0; i < in; i++) {
                weights.add(new Value(2 * rng.nextDouble() - 1, "w" + i));
            }
            this.activation = activation;
        }

        /** {@code act(b + Σ w_i·x_i)}. */
        public Value apply(List<Value> x) {
            Value sum = bias;
            for (int i = 0; i < weights.size(); i++) {
                sum = sum.add(weights.get(i).mul(x.get(i)));
            }
            return activation == null ? sum : activation.apply(sum);
        }

        public List<Value> weights() {
            return weights;
        }

        public Value bias() {
            return bias;
        }

        public List<Value> parameters() {
            List<Value> p = new ArrayList<>(weights);
            p.add(bias);
            return p;
        }

        @Override
        public String toString() {
            return (activation == null ? "Linear" : "NonLinear") + "Neuron(" + weights.size() + ")";
        }
    }

    /** A layer of neurons sharing the same inputs. */
    public static final class NeuronLayer {
        private final List<Neuron> neurons = new ArrayList<>();

        NeuronLayer(int in, int out, UnaryOperator<Value> activation, Random rng) {
            for (int j = 0; j < out; j++) {
                neurons.add(new Neuron(in, activation, rng));
            }
        }

        public List<Value> apply(List<Value> x) {
            List<Value> out = new ArrayList<>();
            for (Neuron n : neurons) {
                out.add(n.apply(x));
            }
            return out;
        }

        public List<Neuron> neurons() {
            return neurons;
        }

        @Override
        public String toString() {
            return "Layer of " + neurons;
        }
    }

    /**
     * @param in         number of inputs
     * @param outs       width of each layer; the last is the output
     * @param activation applied after every layer but the last, e.g. {@code Value::relu} or {@code Value::tanh}
     * @param rng        source of the initial weights
     */
    public ValueMlp(int in, int[] outs, UnaryOperator<Value> activation, Random rng) {
        Check.positive("ValueMlp: inputs", in);
        if (outs.length == 0) {
            throw new IllegalArgumentException("ValueMlp needs at least one layer width, e.g. new int[] {4, 1}");
        }
        int width = in;
        for (int l = 0; l < outs.length; l++) {
            Check.positive("ValueMlp: layer width", outs[l]);
            layers.add(new NeuronLayer(width, outs[l], l + 1 < outs.length ? activation : null, rng));
            width = outs[l];
        }
    }

    /** micrograd's {@code MLP(nin, nouts)}: ReLU between layers, weights from the default sequence. */
    public ValueMlp(int in, int... outs) {
        this(in, outs, Value::relu, RandomSource.next());
    }

    public List<Value> forward(List<Value> x) {
        if (x.size() != layers.get(0).neurons().get(0).weights().size()) {
            throw ShapeException.in("ValueMlp.forward")
                    .problem("got %d inputs but the network expects %d", x.size(), layers.get(0).neurons().get(0).weights().size())
                    .shape("input", 1, x.size()).hint("pass one value per input of new ValueMlp(in, ...)").build();
        }
        for (NeuronLayer layer : layers) {
            x = layer.apply(x);
        }
        return x;
    }

    /** The network on plain numbers (wrapped as leaf Values). */
    public List<Value> forward(double... x) {
        List<Value> in = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            in.add(new Value(x[i], "x" + i));
        }
        return forward(in);
    }

    public List<NeuronLayer> layers() {
        return layers;
    }

    public List<Value> parameters() {
        List<Value> p = new ArrayList<>();
        for (NeuronLayer layer : layers) {
            for (Neuron n : layer.neurons()) {
                p.addAll(n.parameters());
            }
        }
        return p;
    }

    public void zeroGrad() {
        Value.zeroGrad(parameters());
    }

    @Override
    public String toString() {
        return "MLP of " + layers;
    }
}
