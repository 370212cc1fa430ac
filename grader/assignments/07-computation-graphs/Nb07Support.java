// Shared by notebook 07's hidden tests: Java literals for the student's session and reference maths.
import java.util.Random;

final class Nb07Support {
    private Nb07Support() {
    }

    static final double H = 1e-5;

    /** A double[] literal that reproduces the values exactly. */
    static String lit(double[] v) {
        return org.nnworkbook.grader.api.Literals.of(v);
    }

    /** A double[][] literal. */
    static String lit(double[][] m) {
        return org.nnworkbook.grader.api.Literals.of(m);
    }

    /** Flattens a double[][] expression in the student's session (JShell shows nested arrays in a form the grader does not read). */
    static String flatten(String matrixExpression) {
        return org.nnworkbook.grader.api.Literals.flattened(matrixExpression);
    }

    static double[] randomVector(Random rng, int n, double scale) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = Math.round(rng.nextGaussian() * scale * 1000) / 1000.0;
        }
        return v;
    }

    static double[][] randomMatrix(Random rng, int rows, int cols, double scale) {
        double[][] m = new double[rows][];
        for (int i = 0; i < rows; i++) {
            m[i] = randomVector(rng, cols, scale);
        }
        return m;
    }

    static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    static double sigmoid(double u) {
        return u >= 0 ? 1 / (1 + Math.exp(-u)) : Math.exp(u) / (1 + Math.exp(u));
    }

    /** -log σ(y · w_oᵀ σ(W1 x)), stable. */
    static double twoLayerLoss(double[][] w1, double[] wOut, double[] x, int y) {
        double z2 = 0;
        for (int k = 0; k < w1.length; k++) {
            z2 += wOut[k] * sigmoid(dot(w1[k], x));
        }
        double u = y * z2;
        return Math.max(-u, 0) + Math.log1p(Math.exp(-Math.abs(u)));
    }

    /** Central differences of the reference loss with respect to w_o. */
    static double[] numericGradWOut(double[][] w1, double[] wOut, double[] x, int y) {
        double[] g = new double[wOut.length];
        for (int k = 0; k < wOut.length; k++) {
            double[] plus = wOut.clone();
            double[] minus = wOut.clone();
            plus[k] += H;
            minus[k] -= H;
            g[k] = (twoLayerLoss(w1, plus, x, y) - twoLayerLoss(w1, minus, x, y)) / (2 * H);
        }
        return g;
    }

    /** Central differences of the reference loss with respect to W1, flattened row by row. */
    static double[] numericGradW1(double[][] w1, double[] wOut, double[] x, int y) {
        int d = x.length;
        double[] g = new double[w1.length * d];
        for (int k = 0; k < w1.length; k++) {
            for (int j = 0; j < d; j++) {
                double keep = w1[k][j];
                w1[k][j] = keep + H;
                double plus = twoLayerLoss(w1, wOut, x, y);
                w1[k][j] = keep - H;
                double minus = twoLayerLoss(w1, wOut, x, y);
                w1[k][j] = keep;
                g[k * d + j] = (plus - minus) / (2 * H);
            }
        }
        return g;
    }

    /** (ReLU(wᵀx) - y)². */
    static double reluRegressorLoss(double[] w, double[] x, double y) {
        double g = Math.max(0, dot(w, x));
        return (g - y) * (g - y);
    }

    static double[] numericReluGrad(double[] w, double[] x, double y) {
        double[] g = new double[w.length];
        for (int j = 0; j < w.length; j++) {
            double[] plus = w.clone();
            double[] minus = w.clone();
            plus[j] += H;
            minus[j] -= H;
            g[j] = (reluRegressorLoss(plus, x, y) - reluRegressorLoss(minus, x, y)) / (2 * H);
        }
        return g;
    }
}
