// Seeded weight initialisers (zeros, constant, uniform, normal, Xavier/Glorot, He/Kaiming); not layers.
package org.nnworkbook.nn.init;

import java.util.Random;
import org.nnworkbook.nn.Matrix;

/**
 * Fills a weight or bias matrix with starting values. {@code fanIn} and {@code fanOut} are the layer's
 * input and output sizes (for {@code weight [in, out]}: {@code in} and {@code out}). The generator is
 * passed in, so the same seed always gives the same weights.
 *
 * <pre>{@code
 * jshell> var w = Matrix.zeros(64, 128);
 * jshell> Initializer.heNormal().fill(w, 64, 128, new Random(1));    // std = √(2/64) ≈ 0.177
 * jshell> new Linear(64, 128, Initializer.heNormal(), Initializer.zeros(), new Random(1))
 * }</pre>
 */
@FunctionalInterface
public interface Initializer {

    /** Overwrites every element of {@code target}. */
    void fill(Matrix target, int fanIn, int fanOut, Random rng);

    /** All zeros (the usual bias; for weights it makes every hidden unit identical). */
    static Initializer zeros() {
        return constant(0.0);
    }

    /** Every element {@code value}; e.g. a huge bias of 100000 to show a saturated sigmoid getting stuck. */
    static Initializer constant(double value) {
        return (t, fanIn, fanOut, rng) -> t.fillInPlace(value);
    }

    /** Uniform in {@code [low, high)}. */
    static Initializer uniform(double low, double high) {
        if (!(low < high)) {
            throw new IllegalArgumentException("Initializer.uniform: need low < high, got " + low + ", " + high);
        }
        return (t, fanIn, fanOut, rng) -> fillUniform(t, low, high, rng);
    }

    /** Normal with the given mean and standard deviation. */
    static Initializer normal(double mean, double std) {
        if (!(std >= 0)) {
            throw new IllegalArgumentException("Initializer.normal: std must be >= 0, got " + std);
        }
        return (t, fanIn, fanOut, rng) -> fillNormal(t, mean, std, rng);
    }

    /** Xavier/Glorot uniform: {@code U(-a, a)}, {@code a = √(6 / (fanIn + fanOut))}; for tanh and sigmoid. */
    static Initializer xavierUniform() {
        return (t, fanIn, fanOut, rng) -> {
            double a = Math.sqrt(6.0 / (fanIn + fanOut));
            fillUniform(t, -a, a, rng);
        };
    }

    /** Xavier/Glorot normal: std {@code √(2 / (fanIn + fanOut))}. */
    static Initializer xavierNormal() {
        return (t, fanIn, fanOut, rng) -> fillNormal(t, 0, Math.sqrt(2.0 / (fanIn + fanOut)), rng);
    }

    /** He/Kaiming normal: std {@code √(2 / fanIn)}; for ReLU networks. */
    static Initializer heNormal() {
        return (t, fanIn, fanOut, rng) -> fillNormal(t, 0, Math.sqrt(2.0 / fanIn), rng);
    }

    /** He/Kaiming uniform: {@code U(-a, a)}, {@code a = √(6 / fanIn)}. */
    static Initializer heUniform() {
        return (t, fanIn, fanOut, rng) -> {
            double a = Math.sqrt(6.0 / fanIn);
            fillUniform(t, -a, a, rng);
        };
    }

    /** {@code U(-1/√fanIn, 1/√fanIn)}: PyTorch's default for {@code nn.Linear} weights and biases. */
    static Initializer uniformFanIn() {
        return (t, fanIn, fanOut, rng) -> {
            double a = 1.0 / Math.sqrt(fanIn);
            fillUniform(t, -a, a, rng);
        };
    }

    private static void fillUniform(Matrix t, double low, double high, Random rng) {
        t.assignInPlace(Matrix.uniform(t.rows(), t.cols(), low, high, rng));
    }

    private static void fillNormal(Matrix t, double mean, double std, Random rng) {
        double[] d = t.data();
        for (int i = 0; i < d.length; i++) {
            d[i] = mean + std * rng.nextGaussian();
        }
    }
}
