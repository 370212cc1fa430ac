// Seeded toy data (XOR, circles, moons, spirals, blobs, samples of a 1-D function); not real data.
package org.nnworkbook.data;

import java.util.Random;
import java.util.function.DoubleUnaryOperator;
import org.nnworkbook.nn.Matrix;

/**
 * Small synthetic data sets for pictures and experiments. The 2-D sets are classification sets with
 * features {@code x1, x2}; {@code noise} is the standard deviation of Gaussian noise added to each
 * coordinate (0 for none). The same arguments and seed give bit-identical data on every machine
 * ({@link Random} and {@link StrictMath} are specified to the bit).
 *
 * <pre>{@code
 * jshell> var data = Synthetic.spirals(300, 3, 0.05, 7);     // 3 classes, 100 points per arm
 * jshell> Plots.scatter("Three spirals", data)
 * }</pre>
 */
public final class Synthetic {
    private Synthetic() {}

    /** The 4 corners of {0,1}² with label x1 XOR x2: (0,0)→0, (0,1)→1, (1,0)→1, (1,1)→0. */
    public static Dataset xor() {
        Matrix x = Matrix.of(new double[][] {{0, 0}, {0, 1}, {1, 0}, {1, 1}});
        return Dataset.classification(x, new int[] {0, 1, 1, 0}).withFeatureNames("x1", "x2").named("XOR");
    }

    /** {@code n} points in Gaussian clouds (std {@code noise}) around the 4 corners of {0,1}², labelled by XOR. */
    public static Dataset xorClouds(int n, double noise, long seed) {
        check("xorClouds", n, 4, noise);
        Random rng = new Random(seed);
        double[] x = new double[2 * n];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            int a = i % 4 / 2;        // corners in the order (0,0), (0,1), (1,0), (1,1)
            int b = i % 2;
            x[2 * i] = a + noise * rng.nextGaussian();
            x[2 * i + 1] = b + noise * rng.nextGaussian();
            labels[i] = a ^ b;
        }
        return make(x, labels, 2, "XOR clouds, noise " + noise);
    }

    /** An inner disc of radius 0.5 (class 1) inside a ring of radius 1 (class 0), half the points each. */
    public static Dataset circles(int n, double noise, long seed) {
        check("circles", n, 2, noise);
        Random rng = new Random(seed);
        double[] x = new double[2 * n];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            labels[i] = i % 2 == 0 ? 0 : 1;
            double angle = 2 * Math.PI * rng.nextDouble();
            // sqrt makes the disc uniformly filled; the ring is a thin band around radius 1
            double radius = labels[i] == 1 ? 0.5 * StrictMath.sqrt(rng.nextDouble()) : 0.9 + 0.2 * rng.nextDouble();
            x[2 * i] = radius * StrictMath.cos(angle) + noise * rng.nextGaussian();
            x[2 * i + 1] = radius * StrictMath.sin(angle) + noise * rng.nextGaussian();
        }
        return make(x, labels, 2, "circles, noise " + noise);
    }

    /**
     * Two interleaving half circles, as in scikit-learn's {@code make_moons}: class 0 the upper arc
     * (cos t, sin t), class 1 the lower one (1 − cos t, 0.5 − sin t), t in [0, π].
     */
    public static Dataset moons(int n, double noise, long seed) {
        check("moons", n, 2, noise);
        Random rng = new Random(seed);
        double[] x = new double[2 * n];
        int[] labels = new int[n];
        int half = (n + 1) / 2;
        for (int i = 0; i < n; i++) {
            labels[i] = i < half ? 0 : 1;
            int k = i < half ? i : i - half;
            int count = i < half ? half : n - half;
            double t = count == 1 ? Math.PI / 2 : Math.PI * k / (count - 1);
            double cx = StrictMath.cos(t);
            double cy = StrictMath.sin(t);
            x[2 * i] = (labels[i] == 0 ? cx : 1 - cx) + noise * rng.nextGaussian();
            x[2 * i + 1] = (labels[i] == 0 ? cy : 0.5 - cy) + noise * rng.nextGaussian();
        }
        return make(x, labels, 2, "moons, noise " + noise);
    }

    /**
     * {@code arms} interleaved spiral arms, one class each, turning 1.25 times from the centre to radius 1;
     * {@code n} points shared out evenly between the arms.
     */
    public static Dataset spirals(int n, int arms, double noise, long seed) {
        if (arms < 2) {
            throw new IllegalArgumentException("spirals: arms is " + arms + "; use 2 or more (one class per arm)");
        }
        check("spirals", n, arms, noise);
        Random rng = new Random(seed);
        double[] x = new double[2 * n];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            int arm = i % arms;
            int k = i / arms;
            int perArm = (n - arm + arms - 1) / arms;
            double r = 0.1 + 0.9 * (perArm == 1 ? 0.5 : (double) k / (perArm - 1));
            double angle = 2 * Math.PI * (1.25 * r + (double) arm / arms);
            labels[i] = arm;
            x[2 * i] = r * StrictMath.cos(angle) + noise * rng.nextGaussian();
            x[2 * i + 1] = r * StrictMath.sin(angle) + noise * rng.nextGaussian();
        }
        return make(x, labels, arms, arms + " spirals, noise " + noise);
    }

    /**
     * {@code classes} Gaussian blobs of standard deviation {@code noise}, centred evenly on a circle of
     * radius 2 (class k at angle 2πk/classes); {@code n} points shared out evenly.
     */
    public static Dataset blobs(int n, int classes, double noise, long seed) {
        if (classes < 1) {
            throw new IllegalArgumentException("blobs: classes is " + classes + "; use 1 or more");
        }
        check("blobs", n, classes, noise);
        Random rng = new Random(seed);
        double[] x = new double[2 * n];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            int c = i % classes;
            double angle = 2 * Math.PI * c / classes;
            labels[i] = c;
            x[2 * i] = 2 * StrictMath.cos(angle) + noise * rng.nextGaussian();
            x[2 * i + 1] = 2 * StrictMath.sin(angle) + noise * rng.nextGaussian();
        }
        return make(x, labels, classes, classes + " blobs, noise " + noise);
    }

    /**
     * A regression set sampled from {@code f}: {@code x [n, 1]} evenly spaced over [lo, hi] (both ends
     * included) and {@code y [n, 1] = f(x) + N(0, noise²)}.
     */
    public static Dataset function1d(DoubleUnaryOperator f, int n, double lo, double hi, double noise, long seed) {
        check("function1d", n, 1, noise);
        if (!(lo < hi) || !Double.isFinite(lo) || !Double.isFinite(hi)) {
            throw new IllegalArgumentException("function1d: the interval [" + lo + ", " + hi
                    + "] is empty or not finite; pass lo < hi, e.g. function1d(Math::sin, 50, -3, 3, 0.1, 1)");
        }
        Random rng = new Random(seed);
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = n == 1 ? (lo + hi) / 2 : lo + (hi - lo) * i / (n - 1);
            ys[i] = f.applyAsDouble(xs[i]) + noise * rng.nextGaussian();
        }
        return Dataset.regression(Matrix.column(xs), Matrix.column(ys)).withFeatureNames("x")
                .named("samples of a function, noise " + noise);
    }

    private static void check(String op, int n, int minimum, double noise) {
        if (n < minimum) {
            throw new IllegalArgumentException(op + ": n is " + n + "; ask for at least " + minimum
                    + " points so every class gets one");
        }
        if (!(noise >= 0) || Double.isInfinite(noise)) {
            throw new IllegalArgumentException(op + ": noise is " + noise
                    + "; it is a standard deviation, so use 0 (none) or a positive number such as 0.1");
        }
    }

    private static Dataset make(double[] x, int[] labels, int classes, String name) {
        String[] classNames = new String[classes];
        for (int c = 0; c < classes; c++) {
            classNames[c] = String.valueOf(c);
        }
        return Dataset.classification(Matrix.wrap(labels.length, 2, x), labels, classNames)
                .withFeatureNames("x1", "x2").named(name);
    }
}
