// The fully connected layer y = x·W + b with its backward pass; not an activation (those are separate layers).
package org.nnworkbook.nn.layers;

import java.util.List;
import java.util.Random;
import org.nnworkbook.nn.Matrix;
import org.nnworkbook.nn.Parameter;
import org.nnworkbook.nn.RandomSource;
import org.nnworkbook.nn.ShapeException;
import org.nnworkbook.nn.init.Initializer;
import org.nnworkbook.nn.internal.Check;
import org.nnworkbook.nn.internal.Gemm;

/**
 * A fully connected layer (PyTorch's {@code nn.Linear}).
 *
 * <pre>
 * forward : input [batch, in] · weight [in, out] + bias [1, out] → [batch, out]
 * backward: dL/dW = inputᵀ · g      [in, out]
 *           dL/db = Σ_rows g        [1, out]
 *           dL/dx = g · weightᵀ     [batch, in]      where g = dL/d(output) [batch, out]
 * </pre>
 *
 * Examples are rows, so {@code weight} is the transpose of the lectures' {@code W} (d_out × d_in):
 * column {@code j} holds hidden unit {@code j}'s weights, and unit {@code j}'s boundary is
 * {@code weight[:, j]·x + bias[j] = 0}.
 *
 * <pre>{@code
 * jshell> var layer = new Linear(4, 10, 42);
 * jshell> layer.forward(Matrix.randn(32, 4, 1)).shape()
 * $2 ==> [32, 10]
 * jshell> var xor = Linear.of(Matrix.of(2, 2, 1, 1,  1, 1), Matrix.row(-1.5, -0.5));   // hand-set weights
 * }</pre>
 */
public final class Linear extends BufferReusingLayer {
    private final int in;
    private final int out;
    private final Parameter weight;
    private final Parameter bias;
    private Matrix input;

    /** Weights and biases from PyTorch's default {@code U(-1/√in, 1/√in)}, drawn from the default sequence. */
    public Linear(int in, int out) {
        this(in, out, RandomSource.next());
    }

    /** As {@link #Linear(int, int)}, from a fixed seed. */
    public Linear(int in, int out, long seed) {
        this(in, out, new Random(seed));
    }

    public Linear(int in, int out, Random rng) {
        this(in, out, Initializer.uniformFanIn(), Initializer.uniformFanIn(), rng);
    }

    /** Weights then biases filled by the given initialisers from {@code rng}. */
    public Linear(int in, int out, Initializer weightInit, Initializer biasInit, Random rng) {
        this.in = Check.positive("Linear: in (number of input features)", in);
        this.out = Check.positive("Linear: out (number of units)", out);
        Matrix w = Matrix.zeros(in, out);
        Matrix b = Matrix.zeros(1, out);
        weightInit.fill(w, in, out, rng);
        biasInit.fill(b, in, out, rng);
        this.weight = new Parameter("weight", w);
        this.bias = new Parameter("bias", b);
    }

    private Linear(Matrix w, Matrix b) {
        this.in = w.rows();
        this.out = w.cols();
        this.weight = new Parameter("weight", w);
        this.bias = new Parameter("bias", b);
    }

    /** A layer with the given (copied) {@code weight [in, out]} and {@code bias [1, out]}. */
    public static Linear of(Matrix weight, Matrix bias) {
        if (bias.rows() != 1 || bias.cols() != weight.cols()) {
            throw ShapeException.in("Linear.of").problem("the bias must be one row with a value per unit")
                    .shape("weight", weight).shape("bias", bias)
                    .hint("for weight [in, out] pass bias [1, out], e.g. Matrix.row(b1, ..., b_out)").build();
        }
        Check.positive("Linear.of: weight rows (in)", weight.rows());
        Check.positive("Linear.of: weight columns (out)", weight.cols());
        return new Linear(weight.copy(), bias.copy());
    }

    @Override
    protected Matrix forwardInto(Matrix x, Matrix reuse) {
        if (x.cols() != in) {
            throw ShapeException.in("Linear.forward")
                    .problem("input has %d features but the layer expects %d", x.cols(), in)
                    .shape("input", x).shape("weight", weight.value())
                    .hint("check the `in` argument of new Linear(in, out)").build();
        }
        input = x;
        int n = x.rows();
        Matrix y = shaped(reuse, n, out);
        double[] yd = y.data();
        // y = b + x·W    [n, out]: every row starts as the bias, then the product accumulates onto it
        for (int i = 0; i < n; i++) {
            System.arraycopy(bias.value().data(), 0, yd, i * out, out);
        }
        Gemm.multiply(n, out, in, x.data(), in, 1, weight.value().data(), out, 1, yd, out, 1, true);
        return y;
    }

    @Override
    protected Matrix backwardInto(Matrix g, boolean inputGradient, Matrix reuse) {
        requireForward("Linear", input != null, "its input");
        int n = input.rows();
        requireGradientShape("Linear", g, n, out);
        double[] gd = g.data();
        // dL/dW += xᵀ·g    [in, out]
        Gemm.multiply(in, out, n, input.data(), 1, in, gd, out, 1, weight.grad().data(), out, 1, true);
        // dL/db += Σ_rows g [1, out]
        double[] db = bias.grad().data();
        for (int i = 0; i < n; i++) {
            addRow(db, gd, i * out);
        }
        if (!inputGradient) {
            return null;
        }
        // dL/dx = g·Wᵀ     [n, in]
        Matrix dx = shaped(reuse, n, in);
        Gemm.multiply(n, in, out, gd, out, 1, weight.value().data(), 1, out, dx.data(), in, 1, false);
        return dx;
    }

    /**
     * {@code sum[j] += rows[from + j]}: a kernel called once per row rather than a loop in backward, which
     * runs once per batch, so that the JIT compiles it fully within the first epoch of a training run.
     */
    private static void addRow(double[] sum, double[] rows, int from) {
        for (int j = 0; j < sum.length; j++) {
            sum[j] += rows[from + j];
        }
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(weight, bias);
    }

    /** The live {@code weight [in, out]}; column {@code j} is unit {@code j}'s weight vector. */
    public Matrix weight() {
        return weight.value();
    }

    /** The live {@code bias [1, out]}. */
    public Matrix bias() {
        return bias.value();
    }

    public Matrix weightGrad() {
        return weight.grad();
    }

    public Matrix biasGrad() {
        return bias.grad();
    }

    /** Unit {@code j}'s incoming weights, e.g. to draw its line {@code w·x + b = 0} or show them as an image. */
    public double[] unitWeights(int j) {
        return weight.value().getColumn(j).data();
    }

    public int in() {
        return in;
    }

    public int out() {
        return out;
    }

    @Override
    public String toString() {
        return "Linear(in=" + in + ", out=" + out + ")";
    }
}
