// Hidden tests of Exercise 3, mseGradient(w, b, X, y) (grade cell check_mse_gradient, 3 points): weights and bias apart.
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.nnworkbook.grader.api.GradeId;
import org.nnworkbook.grader.api.Inputs;
import org.nnworkbook.grader.api.Literals;
import org.nnworkbook.grader.api.Points;
import org.nnworkbook.grader.api.Session;

@GradeId("check_mse_gradient")
class MseGradientTest {
    /** One part (weights or bias) on the worked example, 7 random examples with 4 features, and a single example. */
    static void checkPart(Session s, String part, boolean biasEntry) {
        LinearModels.gradientPart(s, part + " on the worked example (X4, y4, w4, b4)",
                s.evalDoubleArray("mseGradient(new double[] {1, -0.5}, 0.5, new double[][] {{1, 2}, {2, 0}, {0, 1}, {3, 1}},"
                        + " new double[] {3, 1, 0, 4})"), new double[] {-1.25, -3, -1}, biasEntry, true);
        Random rng = new Random(303);
        double[][] X = Inputs.uniform(rng, 7, 4, 2);
        double[] y = Inputs.uniform(rng, 7, 3), w = Inputs.uniform(rng, 4, 1);
        LinearModels.gradientPart(s, part + " on 7 random examples with 4 features",
                s.evalDoubleArray(Literals.call("mseGradient", w, -0.3, X, y)),
                LinearModels.mseGradient(w, -0.3, X, y), biasEntry, false);
        LinearModels.gradientPart(s, part + " of a single example with error -3 at x = -2: 2·(-3)·(-2), then 2·(-3)",
                s.evalDoubleArray("mseGradient(new double[] {0.5}, 1.0, new double[][] {{-2}}, new double[] {3})"),
                new double[] {12, -6}, biasEntry, false);
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
