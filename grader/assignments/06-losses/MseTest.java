// Hidden tests of notebook 06's MSE exercise (grade cell check_mse, 2 points: the loss, then its gradient).
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.nnworkbook.grader.api.GradeId;
import org.nnworkbook.grader.api.Inputs;
import org.nnworkbook.grader.api.Literals;
import org.nnworkbook.grader.api.Points;
import org.nnworkbook.grader.api.Reference;
import org.nnworkbook.grader.api.Session;

@GradeId("check_mse")
class MseTest {
    static double mse(double[] g, double[] y) {
        double s = 0;
        for (int i = 0; i < g.length; i++) s += (g[i] - y[i]) * (g[i] - y[i]);
        return s / g.length;
    }

    @Test
    @Points(1)
    void the_loss_mseLoss(Session s) {
        s.checkClose("mseLoss(new double[] {2.5, 0.0, 2.0, 8.0}, new double[] {3, -0.5, 2, 7})", 0.375);
        Random rng = new Random(602);
        for (int n : new int[] {1, 4, 9}) {
            double[] g = Inputs.between(rng, n, -5, 5), y = Inputs.between(rng, n, -5, 5);
            s.checkHidden("MSE of a random batch of " + n, Literals.call("mseLoss", g, y), mse(g, y));
        }
    }

    @Test
    @Points(1)
    void the_gradient_mseGradient(Session s) {
        s.checkClose("mseGradient(new double[] {2.5, 0.0, 2.0, 8.0}, new double[] {3, -0.5, 2, 7})",
                new double[] {-0.25, 0.25, 0.0, 0.5});
        Random rng = new Random(612);
        for (int n : new int[] {1, 4, 9}) {
            double[] g = Inputs.between(rng, n, -5, 5), y = Inputs.between(rng, n, -5, 5);
            s.checkValuesHidden("MSE gradient of a random batch of " + n + " against central differences",
                    s.evalDoubleArray(Literals.call("mseGradient", g, y)), Reference.gradient(p -> mse(p, y), g));
        }
    }
}
