// Hidden tests of notebook 05's ReLU-hinge exercise (grade cell check_relu_output_weights, 2 points).
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.nnworkbook.grader.api.GradeId;
import org.nnworkbook.grader.api.Literals;
import org.nnworkbook.grader.api.Points;
import org.nnworkbook.grader.api.Session;

@GradeId("check_relu_output_weights")
class ReluOutputWeightsTest {

    /** The reference: v_0 = slope_0, v_j = slope_j − slope_{j−1}. */
    static double[] reference(double[] t, double[] y) {
        double[] v = new double[t.length - 1];
        double previous = 0;
        for (int j = 0; j < v.length; j++) {
            double slope = (y[j + 1] - y[j]) / (t[j + 1] - t[j]);
            v[j] = slope - previous;
            previous = slope;
        }
        return v;
    }

    @Test
    @Points(1)
    void joins_the_notebooks_zigzag(Session s) {
        s.checkClose("reluOutputWeights(new double[] {0, 1, 2, 4}, new double[] {0, 2, 1, 1})", new double[] {2, -3, 1});
    }

    @Test
    @Points(1)
    void joins_random_points_with_uneven_knots(Session s) {
        Random rng = new Random(505);
        for (int trial = 0; trial < 3; trial++) {
            int k = 2 + rng.nextInt(6);
            double[] t = new double[k + 1], y = new double[k + 1];
            t[0] = -3 + 2 * rng.nextDouble();
            y[0] = rng.nextGaussian();
            for (int i = 1; i <= k; i++) {
                t[i] = t[i - 1] + 0.1 + rng.nextDouble();
                y[i] = rng.nextGaussian() * 2;
            }
            String call = Literals.call("reluOutputWeights", t, y);
            double[] v = s.evalDoubleArray(call);
            s.check("random points, trial " + (trial + 1) + ": number of weights", v.length == k,
                    "expected one weight per segment (" + k + "), got " + v.length);
            for (int i = 0; i <= k; i++) {
                double g = y[0];
                for (int j = 0; j < k; j++) {
                    g += v[j] * Math.max(0, t[i] - t[j]);
                }
                if (!(Math.abs(g - y[i]) < 1e-6 * Math.max(1, Math.abs(y[i])))) {
                    s.check("random points, trial " + (trial + 1) + ": g passes through every point", false,
                            "with your weights g(t_" + i + ") = " + g + " but the point's height is " + y[i]);
                }
            }
            s.check("random points, trial " + (trial + 1) + ": g passes through all " + (k + 1) + " points", true, "");
            s.checkHidden("random points, trial " + (trial + 1) + ": the weights", call, reference(t, y));
        }
        s.checkHidden("equal heights give zero weights", "reluOutputWeights(new double[] {0, 1, 3}, new double[] {2, 2, 2})",
                new double[] {0, 0});
    }
}
