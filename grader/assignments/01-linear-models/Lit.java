// Helpers of notebook 01's hidden tests: Java literals of test inputs and reference implementations (not a test).
import java.util.Random;

final class Lit {
    private Lit() {
    }

    /** {@code new double[] {...}} with every value written exactly. */
    static String arr(double[] a) {
        return org.nnworkbook.grader.api.Literals.of(a);
    }

    static String mat(double[][] m) {
        return org.nnworkbook.grader.api.Literals.of(m);
    }

    /** Values in [-scale, scale] rounded to two decimals, so the expressions stay readable. */
    static double[] vector(Random rng, int n, double scale) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = Math.round((rng.nextDouble() * 2 - 1) * scale * 100) / 100.0;
        }
        return v;
    }

    static double[][] matrix(Random rng, int rows, int cols, double scale) {
        double[][] m = new double[rows][];
        for (int i = 0; i < rows; i++) {
            m[i] = vector(rng, cols, scale);
        }
        return m;
    }

    static double[] labels(Random rng, int n) {
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = rng.nextBoolean() ? 1 : 0;
        }
        return y;
    }

    /**
     * Compares one part of a gradient {dL/dw_1, ..., dL/dw_d, dL/db} the student's code returned with the reference's:
     * the weight entries, or the bias entry (the last). Checks the length first. The message shows the student's
     * entries and, only when {@code visible}, the expected ones.
     */
    static void gradientPart(org.nnworkbook.grader.api.Session s, String label, double[] got, double[] expected,
            boolean biasEntry, boolean visible) {
        s.check(label, got.length == expected.length, "got " + got.length + " numbers, expected " + expected.length
                + " (one per weight, then the bias)");
        int from = biasEntry ? expected.length - 1 : 0, to = biasEntry ? expected.length : expected.length - 1;
        double[] yours = java.util.Arrays.copyOfRange(got, from, to), want = java.util.Arrays.copyOfRange(expected, from, to);
        boolean close = true;
        for (int i = 0; i < yours.length; i++) {
            close &= org.nnworkbook.grader.api.Session.near(yours[i], want[i]);
        }
        s.check(label, close, "got " + java.util.Arrays.toString(yours)
                + (visible ? ", expected " + java.util.Arrays.toString(want) : ""));
    }

    // ---- reference implementations -----------------------------------------------------------

    static double predict(double[] w, double b, double[] x) {
        double g = b;
        for (int j = 0; j < w.length; j++) {
            g += w[j] * x[j];
        }
        return g;
    }

    static double mse(double[] w, double b, double[][] X, double[] y) {
        double s = 0;
        for (int i = 0; i < X.length; i++) {
            double e = predict(w, b, X[i]) - y[i];
            s += e * e;
        }
        return s / X.length;
    }

    static double[] mseGradient(double[] w, double b, double[][] X, double[] y) {
        double[] g = new double[w.length + 1];
        for (int i = 0; i < X.length; i++) {
            double e = predict(w, b, X[i]) - y[i];
            for (int j = 0; j < w.length; j++) {
                g[j] += 2 * e * X[i][j] / X.length;
            }
            g[w.length] += 2 * e / X.length;
        }
        return g;
    }

    static double[] gdStep(double[] w, double b, double[][] X, double[] y, double lr) {
        double[] g = mseGradient(w, b, X, y);
        double[] next = new double[w.length + 1];
        for (int j = 0; j < w.length; j++) {
            next[j] = w[j] - lr * g[j];
        }
        next[w.length] = b - lr * g[w.length];
        return next;
    }

    static double[] fitLine(double[] xs, double[] ys, double lr, int steps) {
        double w = 0, b = 0;
        for (int s = 0; s < steps; s++) {
            double gw = 0, gb = 0;
            for (int i = 0; i < xs.length; i++) {
                double e = w * xs[i] + b - ys[i];
                gw += 2 * e * xs[i] / xs.length;
                gb += 2 * e / xs.length;
            }
            w -= lr * gw;
            b -= lr * gb;
        }
        return new double[] {w, b};
    }

    static double sigmoid(double z) {
        return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
    }

    static double bce(double[] p, double[] y) {
        double s = 0;
        for (int i = 0; i < p.length; i++) {
            s -= y[i] == 1 ? Math.log(p[i]) : Math.log(1 - p[i]);
        }
        return s / p.length;
    }

    static double[] logisticGradient(double[] w, double b, double[][] X, double[] y) {
        double[] g = new double[w.length + 1];
        for (int i = 0; i < X.length; i++) {
            double e = sigmoid(predict(w, b, X[i])) - y[i];
            for (int j = 0; j < w.length; j++) {
                g[j] += e * X[i][j] / X.length;
            }
            g[w.length] += e / X.length;
        }
        return g;
    }

    static double[] softmax(double[] z) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : z) {
            max = Math.max(max, v);
        }
        double[] p = new double[z.length];
        double sum = 0;
        for (int k = 0; k < z.length; k++) {
            p[k] = Math.exp(z[k] - max);
            sum += p[k];
        }
        for (int k = 0; k < z.length; k++) {
            p[k] /= sum;
        }
        return p;
    }

    static double[] carScores(int front, int left, int right) {
        return new double[] {20 * front - 10, 10 * left - 10, 10 * right - 10};
    }
}
