// Hidden tests of notebook 07, Exercise 4: dL/dw_o of the two-layer sigmoid network (grade cell check_two_layer_grad_wout,
// 2 points: label +1, then label -1).
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.nnworkbook.grader.api.GradeId;
import org.nnworkbook.grader.api.Inputs;
import org.nnworkbook.grader.api.Literals;
import org.nnworkbook.grader.api.Points;
import org.nnworkbook.grader.api.Session;

@GradeId("check_two_layer_grad_wout")
class TwoLayerGradWOutTest {
    private static final double[][] W1 = {{1.0, -2.0}, {0.5, 0.5}, {-1.0, 1.0}};
    private static final double[] W_OUT = {2.0, -1.0, 0.5};
    private static final double[] X = {1.0, 0.5};

    /** The worked example, then random networks against central differences of the loss, all with label y. */
    static void networks(Session s, int y, long seed) {
        s.checkHidden("the worked example (W1ex, wOutEx, xEx) with y = " + String.format("%+d", y),
                Literals.call("gradWOut", W1, W_OUT, X, y),
                ComputationGraphs.numericGradWOut(W1, W_OUT, X, y));
        Random rng = new Random(seed);
        for (int i = 1; i <= 3; i++) {
            int k = 1 + rng.nextInt(6);
            int d = 1 + rng.nextInt(5);
            double[][] w1 = Inputs.gaussian(rng, k, d, 1.5);
            double[] wOut = Inputs.gaussian(rng, k, 1.5);
            double[] x = Inputs.gaussian(rng, d, 1.0);
            s.checkHidden("random network #" + i + " (K = " + k + ", d = " + d + ", y = " + String.format("%+d", y) + ")",
                    Literals.call("gradWOut", w1, wOut, x, y),
                    ComputationGraphs.numericGradWOut(w1, wOut, x, y));
        }
    }

    @Test
    @Points(1)
    void label_plus_1(Session s) {
        networks(s, 1, 7074);
    }

    @Test
    @Points(1)
    void label_minus_1(Session s) {
        networks(s, -1, 7078);
    }
}
