// Hidden tests of notebook 06's binary cross-entropy exercise (grade cell check_bce, 2 points: the loss, then its gradient).
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.nnworkbook.grader.api.GradeId;
import org.nnworkbook.grader.api.Inputs;
import org.nnworkbook.grader.api.Literals;
import org.nnworkbook.grader.api.Points;
import org.nnworkbook.grader.api.Reference;
import org.nnworkbook.grader.api.Session;

@GradeId("check_bce")
class BceTest {
    static double bce(double[] g, double[] y) {
        double s = 0;
        for (int i = 0; i < g.length; i++) s -= y[i] * Math.log(g[i]) + (1 - y[i]) * Math.log(1 - g[i]);
        return s / g.length;
    }

    @Test
    @Points(1)
    void the_loss_bceLoss(Session s) {
        s.checkClose("bceLoss(new double[] {0.9, 0.2, 0.6}, new double[] {1, 0, 0})",
                -(Math.log(0.9) + Math.log(0.8) + Math.log(0.4)) / 3);
        Random rng = new Random(603);
        for (int n : new int[] {1, 5, 8}) {
            double[] g = Inputs.between(rng, n, 0.03, 0.97), y = Inputs.bits(rng, n);
            s.checkHidden("BCE of a random batch of " + n, Literals.call("bceLoss", g, y), bce(g, y));
        }
    }

    @Test
    @Points(1)
    void the_gradient_bceGradient(Session s) {
        s.checkClose("bceGradient(new double[] {0.9, 0.2, 0.6}, new double[] {1, 0, 0})",
                new double[] {-0.1 / 0.09 / 3, 0.2 / 0.16 / 3, 0.6 / 0.24 / 3});
        Random rng = new Random(613);
        for (int n : new int[] {1, 5, 8}) {
            double[] g = Inputs.between(rng, n, 0.03, 0.97), y = Inputs.bits(rng, n);
            s.checkValuesHidden("BCE gradient of a random batch of " + n + " against central differences",
                    s.evalDoubleArray(Literals.call("bceGradient", g, y)), Reference.gradient(p -> bce(p, y), g));
        }
    }
}
