// Hidden tests of notebook 07, Exercise 3: the ReLU regressor's gradient (grade cell check_relu_regressor_grad, 2 points).
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.nnworkbook.grader.api.GradeId;
import org.nnworkbook.grader.api.Points;
import org.nnworkbook.grader.api.Session;

@GradeId("check_relu_regressor_grad")
class ReluRegressorGradTest {
    @Test
    @Points(1)
    @DisplayName("the notebook's example")
    void the_notebooks_example(Session s) {
        s.checkClose("reluRegressorGrad(new double[] {1, 0.5, -0.5}, new double[] {1, 2, -1}, 2)",
                new double[] {1, 2, -1});
    }

    @Test
    @Points(1)
    void random_neurons_alive_and_dead_against_central_differences(Session s) {
        Random rng = new Random(7073);
        int alive = 0;
        int dead = 0;
        for (int trial = 0; alive < 4 || dead < 2; trial++) {
            int d = 1 + rng.nextInt(6);
            double[] w = Nb07Support.randomVector(rng, d, 1.0);
            double[] x = Nb07Support.randomVector(rng, d, 1.5);
            double y = Math.round(rng.nextGaussian() * 2000) / 1000.0;
            double z = Nb07Support.dot(w, x);
            if (Math.abs(z) < 0.05 || (z > 0 ? alive >= 4 : dead >= 2)) {
                continue;                               // away from the kink; enough of each kind
            }
            double[] expected = Nb07Support.numericReluGrad(w, x, y);
            String what = z > 0 ? "an active unit (z > 0), d = " + d : "a dead unit (z < 0), d = " + d;
            s.checkHidden("gradient of " + what,
                    "reluRegressorGrad(" + Nb07Support.lit(w) + ", " + Nb07Support.lit(x) + ", " + y + ")", expected);
            if (z > 0) {
                alive++;
            } else {
                dead++;
            }
        }
        s.checkHidden("w and x after the call are unchanged",
                "((java.util.function.Supplier<double[]>) () -> { double[] w = {0.25, -1.5}; double[] x = {2.0, 0.5};"
                        + " reluRegressorGrad(w, x, -3.0); return new double[] {w[0], w[1], x[0], x[1]}; }).get()",
                new double[] {0.25, -1.5, 2.0, 0.5});
    }
}
