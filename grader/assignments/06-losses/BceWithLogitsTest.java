// Hidden tests of notebook 06's BCE-from-logits exercise (grade cell check_bce_with_logits, 3 points).
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.nnworkbook.grader.api.GradeId;
import org.nnworkbook.grader.api.Points;
import org.nnworkbook.grader.api.Session;

@GradeId("check_bce_with_logits")
class BceWithLogitsTest {
    static double loss(double[] z, double[] y) {
        double s = 0;
        for (int i = 0; i < z.length; i++) s += Math.max(z[i], 0) - z[i] * y[i] + Math.log1p(Math.exp(-Math.abs(z[i])));
        return s / z.length;
    }

    static double[] gradient(double[] z, double[] y) {
        double[] g = new double[z.length];
        for (int i = 0; i < z.length; i++) g[i] = (LossSupport.sigmoid(z[i]) - y[i]) / z.length;
        return g;
    }

    @Test
    @Points(1)
    void the_notebooks_example(Session s) {
        double[] z = {2, -1, 0}, y = {1, 0, 1};
        s.checkClose("bceWithLogitsLoss(new double[] {2, -1, 0}, new double[] {1, 0, 1})", loss(z, y));
        s.checkClose("bceWithLogitsGradient(new double[] {2, -1, 0}, new double[] {1, 0, 1})", gradient(z, y));
    }

    @Test
    @Points(1)
    void random_batches_central_differences_and_the_library(Session s) {
        Random rng = new Random(606);
        for (int n : new int[] {1, 4, 9}) {
            double[] z = new double[n];
            for (int i = 0; i < n; i++) z[i] = 3 * rng.nextGaussian();
            double[] y = LossSupport.bits(rng, n);
            String args = LossSupport.lit(z) + ", " + LossSupport.lit(y);
            s.checkHidden("BCE from logits of a random batch of " + n, "bceWithLogitsLoss(" + args + ")", loss(z, y));
            LossSupport.checkAgainstCentralDifferences(s, "its gradient (batch of " + n + ") against central differences",
                    s.evalDoubleArray("bceWithLogitsGradient(" + args + ")"), LossSupport.numericalGradient(p -> loss(p, y), z));
            String library = "new " + LossSupport.LOSS + "BCEWithLogitsLoss().%s(" + LossSupport.column(z) + ", "
                    + LossSupport.column(y) + ")";
            s.checkHidden("agrees with the library's BCEWithLogitsLoss (batch of " + n + ")", "bceWithLogitsLoss(" + args + ")",
                    s.evalDouble(String.format(library, "value")));
            s.checkHidden("its gradient agrees with the library's (batch of " + n + ")", "bceWithLogitsGradient(" + args + ")",
                    s.evalDoubleArray(String.format(library, "gradient") + ".data()"));
        }
    }

    @Test
    @Points(1)
    void stays_finite_and_exact_for_large_logits(Session s) {
        double[] z = {1000, -1000, 1000, -1000, 40, -40, 37.5};
        double[] y = {1, 0, 0, 1, 0, 0, 1};
        String args = LossSupport.lit(z) + ", " + LossSupport.lit(y);
        s.checkHidden("BCE from logits at ±1000, ±40 and 37.5 (every label right and wrong)", "bceWithLogitsLoss(" + args + ")",
                loss(z, y));
        s.checkHidden("its gradient there (finite: σ(z) − y over n)", "bceWithLogitsGradient(" + args + ")", gradient(z, y));
        s.checkHidden("one example, z = 1000, y = 1: loss 0", "bceWithLogitsLoss(new double[] {1000}, new double[] {1})", 0);
        s.checkHidden("one example, z = -1000, y = 1: loss 1000", "bceWithLogitsLoss(new double[] {-1000}, new double[] {1})", 1000);
    }
}
