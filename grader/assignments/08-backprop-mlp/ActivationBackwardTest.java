// Hidden tests of notebook 08, Exercise 2: sigmoid and ReLU backward passes (grade cell check_activation_backward, 2 points).
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.nnworkbook.grader.api.GradeId;
import org.nnworkbook.grader.api.Points;
import org.nnworkbook.grader.api.Session;

@GradeId("check_activation_backward")
class ActivationBackwardTest {
    private static String call(String name, double[][] z, double[][] da) {
        return Nb08Support.flatten(name + "(" + Nb08Support.lit(z) + ", " + Nb08Support.lit(da) + ")");
    }

    @Test
    @Points(1)
    void sigmoid_backward_on_random_shapes_against_central_differences_and_the_library(Session s) {
        Random rng = new Random(8083);
        for (int t = 1; t <= 4; t++) {
            int n = 1 + rng.nextInt(5);
            int m = 1 + rng.nextInt(6);
            double[][] z = Nb08Support.random(rng, n, m, 2.5);
            double[][] da = Nb08Support.random(rng, n, m, 1.0);
            // L = Σ σ(Z) ⊙ dA has dL/dZ = dA ⊙ σ'(Z); the expected values are its central differences.
            double[] expected = Nb08Support.numeric(z, () -> {
                double sum = 0;
                for (int i = 0; i < n; i++) {
                    for (int j = 0; j < m; j++) {
                        sum += Nb08Support.sigmoid(z[i][j]) * da[i][j];
                    }
                }
                return sum;
            });
            s.checkHidden("sigmoidBackward on a random [" + n + ", " + m + "] input", call("sigmoidBackward", z, da), expected);
        }
        double[][] z = Nb08Support.random(rng, 4, 5, 3.0);
        double[][] da = Nb08Support.random(rng, 4, 5, 1.0);
        double[] library = s.evalDoubleArray("((java.util.function.Supplier<double[]>) () -> {"
                + " org.nnworkbook.nn.activations.Sigmoid layer = new org.nnworkbook.nn.activations.Sigmoid();"
                + " layer.forward(" + Nb08Support.matrixLit(z) + ");"
                + " return layer.backward(" + Nb08Support.matrixLit(da) + ").data(); }).get()");
        s.checkHidden("sigmoidBackward on a random [4, 5] input against the library's Sigmoid.backward",
                call("sigmoidBackward", z, da), library);
        double[][] big = {{50, -50, 0}};
        double[][] ones = {{1, 1, 1}};
        s.checkHidden("sigmoidBackward at z = 50, -50 and 0 (no NaN, almost no gradient when saturated)",
                call("sigmoidBackward", big, ones), new double[] {0, 0, 0.25});
    }

    @Test
    @Points(1)
    void relu_backward_on_random_shapes_against_the_library(Session s) {
        Random rng = new Random(8084);
        for (int t = 1; t <= 4; t++) {
            int n = 1 + rng.nextInt(5);
            int m = 1 + rng.nextInt(6);
            double[][] z = Nb08Support.random(rng, n, m, 2.0);
            for (double[] row : z) {
                for (int j = 0; j < m; j++) {
                    if (Math.abs(row[j]) < 0.01) {
                        row[j] = 0.5;                      // away from the kink
                    }
                }
            }
            double[][] da = Nb08Support.random(rng, n, m, 1.0);
            double[] library = s.evalDoubleArray("((java.util.function.Supplier<double[]>) () -> {"
                    + " org.nnworkbook.nn.activations.ReLU layer = new org.nnworkbook.nn.activations.ReLU();"
                    + " layer.forward(" + Nb08Support.matrixLit(z) + ");"
                    + " return layer.backward(" + Nb08Support.matrixLit(da) + ").data(); }).get()");
            double[] expected = new double[n * m];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < m; j++) {
                    expected[i * m + j] = z[i][j] > 0 ? da[i][j] : 0;
                }
            }
            s.check("the test's reference agrees with the library's ReLU (test #" + t + ")",
                    java.util.Arrays.equals(expected, library), "internal: reference and library disagree");
            s.checkHidden("reluBackward on a random [" + n + ", " + m + "] input", call("reluBackward", z, da), expected);
        }
        s.checkHidden("Z and dA after sigmoidBackward and reluBackward are unchanged",
                "((java.util.function.Supplier<double[]>) () -> { double[][] z = {{2, -3}}; double[][] g = {{0.5, 7}};"
                        + " sigmoidBackward(z, g); reluBackward(z, g);"
                        + " return new double[] {z[0][0], z[0][1], g[0][0], g[0][1]}; }).get()",
                new double[] {2, -3, 0.5, 7});
    }
}
