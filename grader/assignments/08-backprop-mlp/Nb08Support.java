// Shared by notebook 08's hidden tests: Java literals for the student's session and reference maths.
import java.util.Random;

final class Nb08Support {
    private Nb08Support() {
    }

    static final double H = 1e-5;

    static String lit(double[] v) {
        return org.nnworkbook.grader.api.Literals.of(v);
    }

    static String lit(int[] v) {
        return org.nnworkbook.grader.api.Literals.of(v);
    }

    static String lit(double[][] m) {
        return org.nnworkbook.grader.api.Literals.of(m);
    }

    /** Flattens a double[][] expression in the student's session (row after row). */
    static String flatten(String matrixExpression) {
        return org.nnworkbook.grader.api.Literals.flattened(matrixExpression);
    }

    static double[][] random(Random rng, int rows, int cols, double scale) {
        double[][] m = new double[rows][cols];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                m[i][j] = Math.round(rng.nextGaussian() * scale * 1000) / 1000.0;
            }
        }
        return m;
    }

    static double sigmoid(double u) {
        return u >= 0 ? 1 / (1 + Math.exp(-u)) : Math.exp(u) / (1 + Math.exp(u));
    }

    /** Σ (X·W + b) ⊙ G: a scalar whose gradient with respect to Z = X·W + b is G. */
    static double linearScore(double[][] x, double[][] w, double[] b, double[][] g) {
        double s = 0;
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < b.length; j++) {
                double z = b[j];
                for (int k = 0; k < w.length; k++) {
                    z += x[i][k] * w[k][j];
                }
                s += z * g[i][j];
            }
        }
        return s;
    }

    /** Central differences of linearScore with respect to each entry of m (changed and restored in place). */
    static double[] numeric(double[][] m, java.util.function.DoubleSupplier score) {
        int cols = m[0].length;
        double[] grad = new double[m.length * cols];
        for (int i = 0; i < m.length; i++) {
            for (int j = 0; j < cols; j++) {
                double keep = m[i][j];
                m[i][j] = keep + H;
                double plus = score.getAsDouble();
                m[i][j] = keep - H;
                double minus = score.getAsDouble();
                m[i][j] = keep;
                grad[i * cols + j] = (plus - minus) / (2 * H);
            }
        }
        return grad;
    }

    static double[] numeric(double[] v, java.util.function.DoubleSupplier score) {
        double[][] wrapped = {v};
        double[] g = numeric(wrapped, score);
        return g;
    }

    /** Mean softmax cross-entropy, stable. */
    static double softmaxCrossEntropy(double[][] z, int[] labels) {
        double total = 0;
        for (int i = 0; i < z.length; i++) {
            double max = Double.NEGATIVE_INFINITY;
            for (double v : z[i]) {
                max = Math.max(max, v);
            }
            double sum = 0;
            for (double v : z[i]) {
                sum += Math.exp(v - max);
            }
            total += max + Math.log(sum) - z[i][labels[i]];
        }
        return total / z.length;
    }

    /** (softmax(z) - onehot) / n, stable. */
    static double[] softmaxCrossEntropyGrad(double[][] z, int[] labels) {
        int n = z.length;
        int k = z[0].length;
        double[] g = new double[n * k];
        for (int i = 0; i < n; i++) {
            double max = Double.NEGATIVE_INFINITY;
            for (double v : z[i]) {
                max = Math.max(max, v);
            }
            double sum = 0;
            for (double v : z[i]) {
                sum += Math.exp(v - max);
            }
            for (int c = 0; c < k; c++) {
                g[i * k + c] = (Math.exp(z[i][c] - max) / sum - (c == labels[i] ? 1 : 0)) / n;
            }
        }
        return g;
    }
}
