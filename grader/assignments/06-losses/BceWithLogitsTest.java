// Hidden tests of notebook 06's BCE-from-logits exercise (grade cell check_bce_with_logits, 3 points: the loss,
// its gradient, and each of them at large logits).
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.nnworkbook.grader.api.GradeId;
import org.nnworkbook.grader.api.Inputs;
import org.nnworkbook.grader.api.Literals;
import org.nnworkbook.grader.api.Points;
import org.nnworkbook.grader.api.Reference;
import org.nnworkbook.grader.api.Session;

@GradeId("check_bce_with_logits")
class BceWithLogitsTest {
    private static final double[] LARGE = {1000, -1000, 1000, -1000, 40, -40, 37.5};
    private static final double[] LARGE_TARGETS = {1, 0, 0, 1, 0, 0, 1};

    static double loss(double[] z, double[] y) {
        double s = 0;
        for (int i = 0; i < z.length; i++) s += Math.max(z[i], 0) - z[i] * y[i] + Math.log1p(Math.exp(-Math.abs(z[i])));
        return s / z.length;
    }

    static double[] gradient(double[] z, double[] y) {
        double[] g = new double[z.length];
        for (int i = 0; i < z.length; i++) g[i] = (Reference.sigmoid(z[i]) - y[i]) / z.length;
        return g;
    }

    /** Three random batches of logits (and their 0/1 targets as the last row). */
    static double[][][] batches() {
        Random rng = new Random(606);
        double[][][] out = new double[3][][];
        int b = 0;
        for (int n : new int[] {1, 4, 9}) {
            double[] z = new double[n];
            for (int i = 0; i < n; i++) z[i] = 3 * rng.nextGaussian();
            out[b++] = new double[][] {z, Inputs.bits(rng, n)};
        }
        return out;
    }

    @Test
    @Points(1)
    void the_loss_bceWithLogitsLoss(Session s) {
        s.checkClose("bceWithLogitsLoss(new double[] {2, -1, 0}, new double[] {1, 0, 1})",
                loss(new double[] {2, -1, 0}, new double[] {1, 0, 1}));
        for (double[][] batch : batches()) {
            s.checkHidden("BCE from logits of a random batch of " + batch[0].length,
                    Literals.call("bceWithLogitsLoss", batch[0], batch[1]), loss(batch[0], batch[1]));
        }
    }

    @Test
    @Points(1)
    void the_gradient_bceWithLogitsGradient(Session s) {
        s.checkClose("bceWithLogitsGradient(new double[] {2, -1, 0}, new double[] {1, 0, 1})",
                gradient(new double[] {2, -1, 0}, new double[] {1, 0, 1}));
        for (double[][] batch : batches()) {
            double[] z = batch[0], y = batch[1];
            s.checkValuesHidden("the gradient of a random batch of " + z.length + " against central differences",
                    s.evalDoubleArray(Literals.call("bceWithLogitsGradient", z, y)),
                    Reference.gradient(p -> loss(p, y), z));
        }
    }

    @Test
    @Points(0.5)
    void the_loss_at_large_logits(Session s) {
        s.checkHidden("BCE from logits at ±1000, ±40 and 37.5 (every label right and wrong)",
                Literals.call("bceWithLogitsLoss", LARGE, LARGE_TARGETS), loss(LARGE, LARGE_TARGETS));
        s.checkHidden("one example, z = 1000, y = 1: loss 0", "bceWithLogitsLoss(new double[] {1000}, new double[] {1})", 0);
        s.checkHidden("one example, z = -1000, y = 1: loss 1000", "bceWithLogitsLoss(new double[] {-1000}, new double[] {1})", 1000);
    }

    @Test
    @Points(0.5)
    void the_gradient_at_large_logits(Session s) {
        s.checkHidden("the gradient at ±1000, ±40 and 37.5 (finite: σ(z) − y over n)",
                Literals.call("bceWithLogitsGradient", LARGE, LARGE_TARGETS), gradient(LARGE, LARGE_TARGETS));
    }
}
