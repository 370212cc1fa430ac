// Hidden tests of notebook 06's softmax cross-entropy exercise (grade cell check_cross_entropy, 3 points: the loss,
// its gradient, and each of them at logits of ±1000).
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.nnworkbook.grader.api.GradeId;
import org.nnworkbook.grader.api.Literals;
import org.nnworkbook.grader.api.Points;
import org.nnworkbook.grader.api.Reference;
import org.nnworkbook.grader.api.Session;

@GradeId("check_cross_entropy")
class CrossEntropyTest {
    private static final double[][] CAR = {{10, 0, -10}, {-10, 0, 0}};
    private static final int[] CAR_LABELS = {0, 1};
    private static final double[][] HUGE = {{1000, 0, -1000}, {-1000, 1000, 999}, {-1000, -1000, -1000}, {-1000, -999, -2000}};
    private static final int[] HUGE_LABELS = {1, 2, 0, 0};

    /** Mean softmax cross-entropy of logits [n][k] and labels [n]. */
    static double crossEntropy(double[][] z, int[] y) {
        double s = 0;
        for (int i = 0; i < z.length; i++) {
            s += Reference.logSumExp(z[i]) - z[i][y[i]];
        }
        return s / z.length;
    }

    /** The reference gradient: (softmax(z_i) − onehot(y_i)) / n. */
    static double[][] gradient(double[][] z, int[] y) {
        double[][] g = new double[z.length][];
        for (int i = 0; i < z.length; i++) {
            double lse = Reference.logSumExp(z[i]);
            g[i] = new double[z[i].length];
            for (int k = 0; k < z[i].length; k++) {
                g[i][k] = (Math.exp(z[i][k] - lse) - (k == y[i] ? 1 : 0)) / z.length;
            }
        }
        return g;
    }

    /** Random logits of n examples and k classes, and random labels; shapes as in the notebook's batches. */
    static double[][][] batches() {
        Random rng = new Random(605);
        int[][] shapes = {{1, 2}, {3, 4}, {5, 3}, {2, 7}};
        double[][][] out = new double[shapes.length][][];
        for (int b = 0; b < shapes.length; b++) {
            out[b] = new double[shapes[b][0] + 1][];
            for (int i = 0; i < shapes[b][0]; i++) out[b][i] = rng.doubles(shapes[b][1]).map(v -> 5 * v - 2.5).toArray();
            out[b][shapes[b][0]] = rng.ints(shapes[b][0], 0, shapes[b][1]).asDoubleStream().toArray();
        }
        return out;
    }

    static double[][] logits(double[][] batch) {
        return java.util.Arrays.copyOf(batch, batch.length - 1);
    }

    static int[] labels(double[][] batch) {
        return java.util.Arrays.stream(batch[batch.length - 1]).mapToInt(v -> (int) v).toArray();
    }

    static String what(double[][] batch) {
        return (batch.length - 1) + " examples, " + batch[0].length + " classes";
    }

    @Test
    @Points(1)
    void the_loss_crossEntropyLoss(Session s) {
        s.checkClose("crossEntropyLoss(new double[][] {{10, 0, -10}, {-10, 0, 0}}, new int[] {0, 1})",
                crossEntropy(CAR, CAR_LABELS));
        for (double[][] batch : batches()) {
            s.checkHidden("cross-entropy of random logits (" + what(batch) + ")",
                    Literals.call("crossEntropyLoss", logits(batch), labels(batch)),
                    crossEntropy(logits(batch), labels(batch)));
        }
    }

    @Test
    @Points(1)
    void the_gradient_crossEntropyGradient(Session s) {
        s.checkHidden("the gradient for the toy car's scores {{10, 0, -10}, {-10, 0, 0}} with labels {0, 1}",
                Literals.flattened(Literals.call("crossEntropyGradient", CAR, CAR_LABELS)),
                Reference.flatten(gradient(CAR, CAR_LABELS)));
        for (double[][] batch : batches()) {
            double[][] z = logits(batch);
            int[] y = labels(batch);
            s.checkValuesHidden("the gradient of random logits (" + what(batch) + ") against central differences",
                    s.evalDoubleArray(Literals.flattened(Literals.call("crossEntropyGradient", z, y))),
                    Reference.gradientOfMatrix(logits -> crossEntropy(logits, y), z));
        }
    }

    @Test
    @Points(0.5)
    void the_loss_at_logits_of_plus_minus_1000(Session s) {
        s.checkHidden("cross-entropy of logits around ±1000 (finite, not NaN or Infinity)",
                Literals.call("crossEntropyLoss", HUGE, HUGE_LABELS),
                crossEntropy(HUGE, HUGE_LABELS));
        s.checkHidden("two classes, logits (1000, -1000), label 1", "crossEntropyLoss(new double[][] {{1000, -1000}}, new int[] {1})",
                2000);
    }

    @Test
    @Points(0.5)
    void the_gradient_at_logits_of_plus_minus_1000(Session s) {
        s.checkHidden("the gradient at logits around ±1000 (finite: probabilities minus one-hot, over n)",
                Literals.flattened(Literals.call("crossEntropyGradient", HUGE, HUGE_LABELS)),
                Reference.flatten(gradient(HUGE, HUGE_LABELS)));
    }
}
