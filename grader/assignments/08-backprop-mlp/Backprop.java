// Notebook 08's losses written once more, as references for its hidden tests (not a test).
import org.nnworkbook.grader.api.Reference;

final class Backprop {
    private Backprop() {
    }

    /** Σ (X·W + b) ⊙ G for x [n][in], w [in][out], b [out], g [n][out]: a scalar whose gradient with respect to Z = X·W + b is G. */
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

    /** Mean softmax cross-entropy of logits z [n][k] and labels [n]. */
    static double softmaxCrossEntropy(double[][] z, int[] labels) {
        double total = 0;
        for (int i = 0; i < z.length; i++) {
            total += Reference.logSumExp(z[i]) - z[i][labels[i]];
        }
        return total / z.length;
    }

    /** (softmax(z) - onehot) / n, row after row: [n · k]. */
    static double[] softmaxCrossEntropyGrad(double[][] z, int[] labels) {
        int n = z.length;
        int k = z[0].length;
        double[] g = new double[n * k];
        for (int i = 0; i < n; i++) {
            double[] p = Reference.softmax(z[i]);
            for (int c = 0; c < k; c++) {
                g[i * k + c] = (p[c] - (c == labels[i] ? 1 : 0)) / n;
            }
        }
        return g;
    }
}
