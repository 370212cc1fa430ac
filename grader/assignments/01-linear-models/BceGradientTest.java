// Hidden tests of Exercise 7, logisticGradient(w, b, X, y) (grade cell check_bce_gradient, 3 points): weights and bias apart.
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.nnworkbook.grader.api.GradeId;
import org.nnworkbook.grader.api.Inputs;
import org.nnworkbook.grader.api.Literals;
import org.nnworkbook.grader.api.Points;
import org.nnworkbook.grader.api.Session;

@GradeId("check_bce_gradient")
class BceGradientTest {
    /** One part (weights or bias) on one example, random data, the XOR corners and very large scores. */
    static void checkPart(Session s, String part, boolean biasEntry) {
        LinearModels.gradientPart(s, part + " of one example at score 0: (σ(0) - 1)·x",
                s.evalDoubleArray("logisticGradient(new double[] {0, 0}, 0, new double[][] {{2, -4}}, new double[] {1})"),
                new double[] {-1, 2, -0.5}, biasEntry, true);
        Random rng = new Random(707);
        double[][] X = Inputs.uniform(rng, 8, 3, 2);
        double[] y = Inputs.bits(rng, 8), w = Inputs.uniform(rng, 3, 1.5);
        LinearModels.gradientPart(s, part + " on 8 random examples with 3 features",
                s.evalDoubleArray(Literals.call("logisticGradient", w, 0.6, X, y)),
                LinearModels.logisticGradient(w, 0.6, X, y), biasEntry, false);
        LinearModels.gradientPart(s, part + " at w = 0, b = 0 on the XOR corners (zero)",
                s.evalDoubleArray("logisticGradient(new double[] {0, 0}, 0, new double[][] {{0, 0}, {0, 1}, {1, 0}, {1, 1}},"
                        + " new double[] {0, 1, 1, 0})"), new double[] {0, 0, 0}, biasEntry, true);
        double[] wLarge = {3, -2}, yLarge = {0, 1};
        double[][] xLarge = {{10, -10}, {-10, 10}};
        LinearModels.gradientPart(s, part + " with very large scores (confidently wrong on both examples)",
                s.evalDoubleArray(Literals.call("logisticGradient", wLarge, 0, xLarge, yLarge)),
                LinearModels.logisticGradient(wLarge, 0, xLarge, yLarge), biasEntry, false);
    }

    @Test
    @Points(2)
    void the_weight_entries_dL_dw(Session s) {
        checkPart(s, "the weight entries", false);
    }

    @Test
    @Points(1)
    void the_bias_entry_dL_db_comes_last(Session s) {
        checkPart(s, "the bias entry (last)", true);
    }
}
