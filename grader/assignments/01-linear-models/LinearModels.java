// Notebook 01's exercises written once more, as references for its hidden tests, and how they check a gradient (not a test).
import java.util.Arrays;
import org.nnworkbook.grader.api.Reference;
import org.nnworkbook.grader.api.Session;

final class LinearModels {
    private LinearModels() {
    }

    /**
     * Checks one part of a gradient {dL/dw_1, ..., dL/dw_d, dL/db} the student's code returned: the weight
     * entries, or the bias entry (the last), so that each earns its own points. The student sees their
     * entries and, only when {@code visible}, the expected ones.
     */
    static void gradientPart(Session s, String label, double[] got, double[] expected, boolean biasEntry, boolean visible) {
        s.check(label, got.length == expected.length, "got " + got.length + " numbers, expected " + expected.length
                + " (one per weight, then the bias)");
        int from = biasEntry ? expected.length - 1 : 0, to = biasEntry ? expected.length : expected.length - 1;
        double[] yours = Arrays.copyOfRange(got, from, to), want = Arrays.copyOfRange(expected, from, to);
        if (visible) {
            s.checkValues(label, yours, want);
        } else {
            s.checkValuesHidden(label, yours, want);
        }
    }

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
            double e = Reference.sigmoid(predict(w, b, X[i])) - y[i];
            for (int j = 0; j < w.length; j++) {
                g[j] += e * X[i][j] / X.length;
            }
            g[w.length] += e / X.length;
        }
        return g;
    }

    static double[] carScores(int front, int left, int right) {
        return new double[] {20 * front - 10, 10 * left - 10, 10 * right - 10};
    }
}
