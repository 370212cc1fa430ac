// Hidden tests of notebook 06's softmax cross-entropy exercise (grade cell check_cross_entropy, 3 points).
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.nnworkbook.grader.api.GradeId;
import org.nnworkbook.grader.api.Points;
import org.nnworkbook.grader.api.Session;

@GradeId("check_cross_entropy")
class CrossEntropyTest {

    /** The reference gradient: (softmax(z_i) − onehot(y_i)) / n. */
    static double[][] gradient(double[][] z, int[] y) {
        double[][] g = new double[z.length][];
        for (int i = 0; i < z.length; i++) {
            double lse = LossSupport.logSumExp(z[i]);
            g[i] = new double[z[i].length];
            for (int k = 0; k < z[i].length; k++) {
                g[i][k] = (Math.exp(z[i][k] - lse) - (k == y[i] ? 1 : 0)) / z.length;
            }
        }
        return g;
    }

    @Test
    @Points(1)
    void the_toy_cars_scores(Session s) {
        double[][] z = {{10, 0, -10}, {-10, 0, 0}};
        int[] y = {0, 1};
        s.checkClose("crossEntropyLoss(new double[][] {{10, 0, -10}, {-10, 0, 0}}, new int[] {0, 1})",
                LossSupport.crossEntropy(z, y));
        s.checkClose(LossSupport.flatten("crossEntropyGradient(new double[][] {{10, 0, -10}, {-10, 0, 0}}, new int[] {0, 1})"),
                LossSupport.flat(gradient(z, y)));
    }

    @Test
    @Points(1)
    void random_batches_central_differences_and_the_library(Session s) {
        Random rng = new Random(605);
        int[][] shapes = {{1, 2}, {3, 4}, {5, 3}, {2, 7}};
        for (int[] shape : shapes) {
            int n = shape[0], k = shape[1];
            double[][] z = new double[n][k];
            int[] y = new int[n];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < k; j++) z[i][j] = 2.5 * rng.nextGaussian();
                y[i] = rng.nextInt(k);
            }
            String args = LossSupport.lit(z) + ", " + LossSupport.lit(y);
            String what = n + " examples, " + k + " classes";
            s.checkHidden("cross-entropy of random logits (" + what + ")", "crossEntropyLoss(" + args + ")",
                    LossSupport.crossEntropy(z, y));
            double[] numeric = new double[n * k];
            for (int i = 0; i < n; i++) {
                int row = i;
                double[] part = LossSupport.numericalGradient(r -> {
                    double[][] copy = z.clone();
                    copy[row] = r;
                    return LossSupport.crossEntropy(copy, y);
                }, z[i]);
                System.arraycopy(part, 0, numeric, i * k, k);
            }
            LossSupport.checkAgainstCentralDifferences(s, "cross-entropy gradient (" + what + ") against central differences",
                    s.evalDoubleArray(LossSupport.flatten("crossEntropyGradient(" + args + ")")), numeric);
            String library = "new " + LossSupport.LOSS + "CrossEntropyLoss().%s(" + LossSupport.matrix(z) + ", "
                    + LossSupport.column(y) + ")";
            s.checkHidden("cross-entropy agrees with the library's CrossEntropyLoss (" + what + ")", "crossEntropyLoss(" + args + ")",
                    s.evalDouble(String.format(library, "value")));
            s.checkHidden("its gradient agrees with the library's (" + what + ")",
                    LossSupport.flatten("crossEntropyGradient(" + args + ")"),
                    s.evalDoubleArray(String.format(library, "gradient") + ".data()"));
        }
    }

    @Test
    @Points(1)
    void stays_finite_and_exact_at_logits_of_plus_minus_1000(Session s) {
        double[][] z = {{1000, 0, -1000}, {-1000, 1000, 999}, {-1000, -1000, -1000}, {-1000, -999, -2000}};
        int[] y = {1, 2, 0, 0};
        String args = LossSupport.lit(z) + ", " + LossSupport.lit(y);
        s.checkHidden("cross-entropy of logits around ±1000", "crossEntropyLoss(" + args + ")", LossSupport.crossEntropy(z, y));
        s.checkHidden("its gradient (finite, probabilities minus one-hot)", LossSupport.flatten("crossEntropyGradient(" + args + ")"),
                LossSupport.flat(gradient(z, y)));
        s.checkHidden("two classes, logits (1000, -1000), label 1", "crossEntropyLoss(new double[][] {{1000, -1000}}, new int[] {1})",
                2000);
    }
}
