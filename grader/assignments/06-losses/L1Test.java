// Hidden tests of notebook 06's L1 exercise (grade cell check_l1, 2 points: the loss, then its gradient).
import static java.lang.Math.abs;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.nnworkbook.grader.api.GradeId;
import org.nnworkbook.grader.api.Inputs;
import org.nnworkbook.grader.api.Literals;
import org.nnworkbook.grader.api.Points;
import org.nnworkbook.grader.api.Reference;
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
    void the_loss_l1Loss(Session s) {
        s.checkClose("l1Loss(new double[] {2.5, 0.0, 2.0, 8.0}, new double[] {3, -0.5, 2, 7})", 0.5);
        Random rng = new Random(601);
        for (int n : new int[] {1, 3, 7}) {
            double[] g = Inputs.between(rng, n, -3, 3), y = Inputs.between(rng, n, -3, 3);
            s.checkHidden("L1 loss of a random batch of " + n, Literals.call("l1Loss", g, y), l1(g, y));
        }
    }

    @Test
    @Points(1)
    void the_gradient_l1Gradient(Session s) {
        s.checkClose("l1Gradient(new double[] {2.5, 0.0, 2.0, 8.0}, new double[] {3, -0.5, 2, 7})",
                new double[] {-0.25, 0.25, 0.0, 0.25});
        Random rng = new Random(611);
        for (int n : new int[] {1, 3, 7}) {
            double[] g = Inputs.between(rng, n, -3, 3), y = Inputs.between(rng, n, -3, 3);
            s.checkValuesHidden("L1 gradient of a random batch of " + n + " against central differences",
                    s.evalDoubleArray(Literals.call("l1Gradient", g, y)), Reference.gradient(p -> l1(p, y), g));
        }
        s.checkHidden("L1 gradient where some predictions equal their targets (0 at the kink)",
                "l1Gradient(new double[] {1.5, -2.0, 0.0}, new double[] {1.5, 1.0, 0.0})", new double[] {0, -1.0 / 3, 0});
    }
}
