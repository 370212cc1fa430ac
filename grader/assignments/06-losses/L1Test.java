// Hidden tests of notebook 06's L1 exercise (grade cell check_l1, 2 points).
import static java.lang.Math.abs;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.nnworkbook.grader.api.GradeId;
import org.nnworkbook.grader.api.Points;
import org.nnworkbook.grader.api.Session;

@GradeId("check_l1")
class L1Test {
    static double l1(double[] g, double[] y) {
        double s = 0;
        for (int i = 0; i < g.length; i++) s += abs(g[i] - y[i]);
        return s / g.length;
    }

    @Test
    @Points(1)
    void the_notebooks_example(Session s) {
        s.checkClose("l1Loss(new double[] {2.5, 0.0, 2.0, 8.0}, new double[] {3, -0.5, 2, 7})", 0.5);
        s.checkClose("l1Gradient(new double[] {2.5, 0.0, 2.0, 8.0}, new double[] {3, -0.5, 2, 7})",
                new double[] {-0.25, 0.25, 0.0, 0.25});
    }

    @Test
    @Points(1)
    void random_batches_central_differences_kinks_and_the_library(Session s) {
        Random rng = new Random(601);
        for (int n : new int[] {1, 3, 7}) {
            double[] g = LossSupport.uniform(rng, n, -3, 3), y = LossSupport.uniform(rng, n, -3, 3);
            String args = LossSupport.lit(g) + ", " + LossSupport.lit(y);
            s.checkHidden("L1 loss of a random batch of " + n, "l1Loss(" + args + ")", l1(g, y));
            LossSupport.checkAgainstCentralDifferences(s, "L1 gradient of a random batch of " + n + " against central differences",
                    s.evalDoubleArray("l1Gradient(" + args + ")"), LossSupport.numericalGradient(p -> l1(p, y), g));
            double library = s.evalDouble("new " + LossSupport.LOSS + "L1Loss().value(" + LossSupport.column(g) + ", "
                    + LossSupport.column(y) + ")");
            s.checkHidden("L1 loss agrees with the library's L1Loss (batch of " + n + ")", "l1Loss(" + args + ")", library);
        }
        s.checkHidden("L1 gradient where some predictions equal their targets (the kink: 0)",
                "l1Gradient(new double[] {1.5, -2.0, 0.0}, new double[] {1.5, 1.0, 0.0})", new double[] {0, -1.0 / 3, 0});
    }
}
