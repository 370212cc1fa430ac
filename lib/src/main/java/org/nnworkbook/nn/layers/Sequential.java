// Layers applied one after another (PyTorch's nn.Sequential) and the MLP builder; not a trainer.
package org.nnworkbook.nn.layers;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import org.nnworkbook.nn.Matrix;
import org.nnworkbook.nn.Parameter;
import org.nnworkbook.nn.RandomSource;
import org.nnworkbook.nn.init.Initializer;

/**
 * A chain of layers: forward runs them in order, backward in reverse, each reusing the gradient the
 * layer above computed (backpropagation as reuse).
 *
 * <pre>{@code
 * jshell> var net = new Sequential(new Linear(2, 8, 1), new Tanh(), new Linear(8, 1, 2));
 * jshell> var mlp = Sequential.mlp(ReLU::new, 64, 128, 10);     // 64-128-10, ReLU between layers
 * jshell> mlp
 * mlp ==> Sequential(
 *   (0): Linear(in=64, out=128)
 *   (1): ReLU()
 *   (2): Linear(in=128, out=10)
 * )
 * }</pre>
 *
 * Parameters are named like PyTorch's {@code state_dict}: {@code "0.weight"}, {@code "0.bias"}, ...
 */
public final class Sequential extends BufferReusingLayer {
    private final List<Layer> layers;
    // Outputs and input-gradients of the inner layers, reused from one step to the next: they never
    // leave this object (only the last output and the first input-gradient are returned).
    private final Matrix[] outputs;
    private final Matrix[] gradients;

    public Sequential(Layer... layers) {
        this(List.of(layers));
    }

    public Sequential(List<? extends Layer> layers) {
        if (layers.isEmpty()) {
            throw new IllegalArgumentException("Sequential needs at least one layer");
        }
        for (int i = 0; i < layers.size(); i++) {
            for (int j = 0; j < i; j++) {
                if (layers.get(i) == layers.get(j)) {
                    throw new IllegalArgumentException("the same " + layers.get(i) + " object is at positions " + j
                            + " and " + i + "; a layer remembers its input for backward, so give each position its own"
                            + " (e.g. two new ReLU() instead of one reused)");
                }
            }
        }
        this.layers = List.copyOf(layers);
        this.outputs = new Matrix[layers.size()];
        this.gradients = new Matrix[layers.size()];
    }

    /**
     * A multi-layer perceptron: {@code Linear(sizes[0], sizes[1])}, activation, ..., ending with a
     * {@code Linear} and no activation (add the output's activation or use a loss on logits). Every
     * {@code mlp} takes its arguments in one order: where the random numbers come from, the activation,
     * the weight initialiser, then the layer widths.
     *
     * @param rng        source of the initial weights
     * @param activation makes one activation layer per hidden layer, e.g. {@code ReLU::new}
     * @param weightInit initialiser of each weight matrix (biases start at zero)
     * @param sizes      layer widths, input first: {@code {64, 128, 10}} (or as separate numbers)
     */
    public static Sequential mlp(Random rng, Supplier<? extends Layer> activation, Initializer weightInit,
                                 int... sizes) {
        return mlp(sizes, activation, (in, out) -> new Linear(in, out, weightInit, Initializer.zeros(), rng));
    }

    /** As {@link #mlp(Random, Supplier, Initializer, int...)} with PyTorch's default initialisation of weights and biases. */
    public static Sequential mlp(Random rng, Supplier<? extends Layer> activation, int... sizes) {
        return mlp(sizes, activation, (in, out) -> new Linear(in, out, rng));
    }

    /** An MLP with PyTorch's default initialisation, drawn from the default sequence (see {@link RandomSource}). */
    public static Sequential mlp(Supplier<? extends Layer> activation, int... sizes) {
        return mlp(RandomSource.next(), activation, sizes);
    }

    private static Sequential mlp(int[] sizes, Supplier<? extends Layer> activation,
                                  BiFunction<Integer, Integer, Linear> linear) {
        if (sizes.length < 2) {
            throw new IllegalArgumentException("an MLP needs at least an input and an output size, e.g."
                    + " mlp(Tanh::new, 2, 8, 1); got " + sizes.length + " size(s)");
        }
        List<Layer> layers = new ArrayList<>();
        for (int i = 0; i + 1 < sizes.length; i++) {
            layers.add(linear.apply(sizes[i], sizes[i + 1]));
            if (i + 2 < sizes.length) {
                layers.add(activation.get());
            }
        }
        return new Sequential(layers);
    }

    @Override
    protected Matrix forwardInto(Matrix x, Matrix reuse) {
        int last = layers.size() - 1;
        for (int i = 0; i <= last; i++) {
            x = forwardInto(layers.get(i), x, i == last ? reuse : outputs[i]);
            if (i < last) {
                outputs[i] = x;
            }
        }
        return x;
    }

    /** Backpropagates through every layer; the first computes dL/d(input) only if asked. */
    @Override
    protected Matrix backwardInto(Matrix g, boolean inputGradient, Matrix reuse) {
        for (int i = layers.size() - 1; i >= 0; i--) {
            g = backwardInto(layers.get(i), g, i > 0 || inputGradient, i == 0 ? reuse : gradients[i]);
            if (i > 0) {
                gradients[i] = g;
            }
        }
        return g;
    }

    @Override
    public List<Parameter> parameters() {
        List<Parameter> all = new ArrayList<>();
        for (int i = 0; i < layers.size(); i++) {
            for (Parameter p : layers.get(i).parameters()) {
                all.add(p.withPrefix(i + "."));
            }
        }
        return all;
    }

    /** The layers, in order. */
    public List<Layer> layers() {
        return layers;
    }

    public Layer get(int index) {
        return layers.get(index);
    }

    public int size() {
        return layers.size();
    }

    /** The {@link Linear} layers in order: the ones whose weights and gradients plots show. */
    public List<Linear> linearLayers() {
        List<Linear> out = new ArrayList<>();
        for (Layer l : layers) {
            if (l instanceof Linear) {
                out.add((Linear) l);
            }
        }
        return out;
    }

    /**
     * The norm of each {@link Linear} layer's weight gradient, first layer first: in a deep sigmoid stack
     * they shrink towards the input (vanishing gradients).
     */
    public double[] weightGradientNorms() {
        return linearLayers().stream().mapToDouble(l -> l.weightGrad().norm()).toArray();
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Sequential(\n");
        for (int i = 0; i < layers.size(); i++) {
            String inner = layers.get(i).toString().replace("\n", "\n  ");
            sb.append("  (").append(i).append("): ").append(inner).append('\n');
        }
        return sb.append(')').toString();
    }
}
