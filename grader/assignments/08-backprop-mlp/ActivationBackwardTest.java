// Hidden tests of notebook 08, Exercise 2: sigmoid and ReLU backward passes (grade cell check_activation_backward,
// 2 points: 1 for each activation).
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.nnworkbook.grader.api.GradeId;
import org.nnworkbook.grader.api.Inputs;
import org.nnworkbook.grader.api.Literals;
import org.nnworkbook.grader.api.Points;
import org.nnworkbook.grader.api.Reference;
import org.nnworkbook.grader.api.Session;

@GradeId("check_activation_backward")
class ActivationBackwardTest {
    private static String call(String name, double[][] z, double[][] da) {
        return Literals.flattened(Literals.call(name, z, da));
    }

    /** Calls one method on fresh arrays and returns them afterwards, to show they were not changed. */
    private static String inputsAfter(String name) {
        return Literals.block("double[][] z = {{2, -3}}; double[][] g = {{0.5, 7}};"
                + " " + name + "(z, g); return new double[] {z[0][0], z[0][1], g[0][0], g[0][1]};");
    }

    @Test
    @Points(1)
    void the_sigmoid_sigmoidBackward(Session s) {
        Random rng = new Random(8083);
        for (int t = 1; t <= 4; t++) {
            int n = 1 + rng.nextInt(5);
            int m = 1 + rng.nextInt(6);
            double[][] z = Inputs.gaussian(rng, n, m, 2.5);
            double[][] da = Inputs.gaussian(rng, n, m, 1.0);
            double[] expected = new double[n * m];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < m; j++) {
                    double a = Reference.sigmoid(z[i][j]);
                    expected[i * m + j] = da[i][j] * a * (1 - a);
                }
            }
            s.checkHidden("sigmoidBackward on a random [" + n + ", " + m + "] input", call("sigmoidBackward", z, da), expected);
        }
        s.checkHidden("sigmoidBackward at z = 50, -50 and 0 (no NaN, almost no gradient when saturated)",
                call("sigmoidBackward", new double[][] {{50, -50, 0}}, new double[][] {{1, 1, 1}}), new double[] {0, 0, 0.25});
        s.checkHidden("Z and dA after sigmoidBackward are unchanged", inputsAfter("sigmoidBackward"), new double[] {2, -3, 0.5, 7});
    }

    @Test
    @Points(1)
    void relu_reluBackward_with_0_at_z_equal_0(Session s) {
        Random rng = new Random(8084);
        for (int t = 1; t <= 4; t++) {
            int n = 1 + rng.nextInt(5);
            int m = 1 + rng.nextInt(6);
            double[][] z = Inputs.gaussian(rng, n, m, 2.0);
            double[][] da = Inputs.gaussian(rng, n, m, 1.0);
            double[] expected = new double[n * m];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < m; j++) {
                    expected[i * m + j] = z[i][j] > 0 ? da[i][j] : 0;
                }
            }
            s.checkHidden("reluBackward on a random [" + n + ", " + m + "] input", call("reluBackward", z, da), expected);
        }
        s.checkHidden("reluBackward where z = 0 (ReLU'(0) = 0, as the notebook states)",
                call("reluBackward", new double[][] {{0, 1.5, 0}, {-0.0, 0, -2}}, new double[][] {{0.7, -1, 3}, {2, -4, 1}}),
                new double[] {0, -1, 0, 0, 0, 0});
        s.checkHidden("Z and dA after reluBackward are unchanged", inputsAfter("reluBackward"), new double[] {2, -3, 0.5, 7});
    }
}
