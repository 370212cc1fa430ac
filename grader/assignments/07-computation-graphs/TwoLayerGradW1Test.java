// Hidden tests of notebook 07, Exercise 5: dL/dW1 of the two-layer sigmoid network (grade cell check_two_layer_grad_w1, 3 points).
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.nnworkbook.grader.api.GradeId;
import org.nnworkbook.grader.api.Inputs;
import org.nnworkbook.grader.api.Literals;
import org.nnworkbook.grader.api.Points;
import org.nnworkbook.grader.api.Session;

@GradeId("check_two_layer_grad_w1")
class TwoLayerGradW1Test {
    private static final double[][] W1 = {{1.0, -2.0}, {0.5, 0.5}, {-1.0, 1.0}};
    private static final double[] W_OUT = {2.0, -1.0, 0.5};
    private static final double[] X = {1.0, 0.5};

    private static String call(double[][] w1, double[] wOut, double[] x, int y) {
        return Literals.call("gradW1", w1, wOut, x, y);
    }

    @Test
    @Points(1)
    void the_worked_example(Session s) {
        s.checkHidden("the notebook's worked example (W1ex, wOutEx, xEx), y = +1, rows one after the other",
                Literals.flattened(call(W1, W_OUT, X, 1)), ComputationGraphs.numericGradW1(W1, W_OUT, X, 1));
    }

    @Test
    @Points(1)
    void random_networks_with_label_plus_one(Session s) {
        Random rng = new Random(7075);
        for (int i = 1; i <= 4; i++) {
            int k = 1 + rng.nextInt(5);
            int d = 1 + rng.nextInt(5);
            double[][] w1 = Inputs.gaussian(rng, k, d, 1.5);
            double[] wOut = Inputs.gaussian(rng, k, 1.5);
            double[] x = Inputs.gaussian(rng, d, 1.0);
            String label = "random network #" + i + " (K = " + k + ", d = " + d + ", y = +1)";
            s.checkHidden(label + ": number of rows", call(w1, wOut, x, 1) + ".length", k);
            s.checkHidden(label + ": number of columns", call(w1, wOut, x, 1) + "[0].length", d);
            s.checkHidden(label, Literals.flattened(call(w1, wOut, x, 1)), ComputationGraphs.numericGradW1(w1, wOut, x, 1));
        }
    }

    @Test
    @Points(1)
    void label_minus_one_one_unit_and_saturated_units(Session s) {
        Random rng = new Random(7076);
        for (int i = 1; i <= 3; i++) {
            int k = 2 + rng.nextInt(4);
            int d = 2 + rng.nextInt(3);
            double[][] w1 = Inputs.gaussian(rng, k, d, 1.5);
            double[] wOut = Inputs.gaussian(rng, k, 1.5);
            double[] x = Inputs.gaussian(rng, d, 1.0);
            s.checkHidden("random network #" + i + " (K = " + k + ", d = " + d + ", y = -1)",
                    Literals.flattened(call(w1, wOut, x, -1)), ComputationGraphs.numericGradW1(w1, wOut, x, -1));
        }
        double[][] one = {{0.7}};
        s.checkHidden("one hidden unit and one input (K = d = 1), y = -1",
                Literals.flattened(call(one, new double[] {-1.2}, new double[] {2.0}, -1)),
                ComputationGraphs.numericGradW1(one, new double[] {-1.2}, new double[] {2.0}, -1));
        double[][] big = {{8.0, -6.0}, {0.3, 0.2}};
        s.checkHidden("a saturated hidden unit (|z| about 14) next to an active one",
                Literals.flattened(call(big, new double[] {1.5, -2.0}, new double[] {1.0, -1.0}, 1)),
                ComputationGraphs.numericGradW1(big, new double[] {1.5, -2.0}, new double[] {1.0, -1.0}, 1));
    }
}
