// Hidden tests of notebook 07, Exercise 3: the ReLU regressor's gradient (grade cell check_relu_regressor_grad,
// 2 points: an active unit, z > 0, and a dead unit, z < 0).
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.nnworkbook.grader.api.GradeId;
import org.nnworkbook.grader.api.Inputs;
import org.nnworkbook.grader.api.Literals;
import org.nnworkbook.grader.api.Points;
import org.nnworkbook.grader.api.Session;

@GradeId("check_relu_regressor_grad")
class ReluRegressorGradTest {
    /** Checks the gradient of `count` random neurons whose z = wᵀx has the given sign (kept away from the kink). */
    static void randomNeurons(Session s, long seed, boolean active, int count) {
        Random rng = new Random(seed);
        for (int found = 0; found < count; ) {
            int d = 1 + rng.nextInt(6);
            double[] w = Inputs.gaussian(rng, d, 1.0);
            double[] x = Inputs.gaussian(rng, d, 1.5);
            double y = Math.round(rng.nextGaussian() * 2000) / 1000.0;
            double z = ComputationGraphs.dot(w, x);
            if (Math.abs(z) < 0.05 || (z > 0) != active) {
                continue;
            }
            found++;
            s.checkHidden("gradient of " + (active ? "an active unit (z > 0)" : "a dead unit (z < 0)") + ", " + d + " weights",
                    Literals.call("reluRegressorGrad", w, x, y),
                    ComputationGraphs.numericReluGrad(w, x, y));
        }
    }

    @Test
    @Points(1)
    void an_active_unit_z_above_0_and_unchanged_inputs(Session s) {
        s.checkClose("reluRegressorGrad(new double[] {1, 0.5, -0.5}, new double[] {1, 2, -1}, 2)", new double[] {1, 2, -1});
        randomNeurons(s, 7073, true, 4);
        s.checkHidden("w and x after the call are unchanged",
                Literals.block("double[] w = {0.25, -1.5}; double[] x = {2.0, 0.5};"
                        + " reluRegressorGrad(w, x, -3.0); return new double[] {w[0], w[1], x[0], x[1]};"),
                new double[] {0.25, -1.5, 2.0, 0.5});
    }

    @Test
    @Points(1)
    void a_dead_unit_z_below_0_gets_no_gradient(Session s) {
        s.checkClose("reluRegressorGrad(new double[] {0.5, -0.25, 1}, new double[] {1, 2, -1}, 2)", new double[] {0, 0, 0});
        randomNeurons(s, 7077, false, 3);
    }
}
