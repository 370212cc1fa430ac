// Hidden tests of notebook 08, Exercise 1: the linear layer's backward pass (grade cell check_linear_backward,
// 4 points: 1.5 for dL/dW, 1 for dL/db, 1.5 for dL/dX, each on its own).
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.nnworkbook.grader.api.GradeId;
import org.nnworkbook.grader.api.Points;
import org.nnworkbook.grader.api.Session;

@GradeId("check_linear_backward")
class LinearBackwardTest {
    private static final double[][] X = {{1, 2, -1}, {0, 1, 3}};
    private static final double[][] W = {{1, -1}, {0.5, 2}, {-2, 0}};
    private static final double[][] G = {{1, -2}, {0.5, 0.25}};

    /** One random layer: x [n][in], w [in][out], b [out] (as a row), g [n][out]. */
    record Layer(String name, double[][] x, double[][] w, double[] b, double[][] g) {
        double score() {
            return Nb08Support.linearScore(x, w, b, g);
        }
    }

    /** Random layers of every shape from 1 × 1 up, the same for the three tests; the last one is a tall batch of 7. */
    static Layer[] layers() {
        Random rng = new Random(8081);
        Layer[] out = new Layer[7];
        for (int t = 0; t < 6; t++) {
            int n = 1 + rng.nextInt(6);
            int in = 1 + rng.nextInt(6);
            int outputs = 1 + rng.nextInt(6);
            out[t] = new Layer("random layer #" + (t + 1) + " (n = " + n + ", in = " + in + ", out = " + outputs + ")",
                    Nb08Support.random(rng, n, in, 1.5), Nb08Support.random(rng, in, outputs, 1.0),
                    Nb08Support.random(rng, 1, outputs, 1.0)[0], Nb08Support.random(rng, n, outputs, 1.0));
        }
        out[6] = new Layer("a batch of 7 examples and one output (n = 7, in = 1, out = 1)",
                Nb08Support.random(rng, 7, 1, 2.0), Nb08Support.random(rng, 1, 1, 1.0), new double[] {0.5},
                Nb08Support.random(rng, 7, 1, 1.0));
        return out;
    }

    /** Calls one method on fresh copies and returns the inputs afterwards, to show they were not changed. */
    static String inputsAfter(String call) {
        return "((java.util.function.Supplier<double[]>) () -> { double[][] x = {{1, 2}}; double[][] w = {{3}, {4}};"
                + " double[][] g = {{5}}; " + call + "; return new double[] {x[0][0], x[0][1], w[0][0], w[1][0], g[0][0]}; }).get()";
    }

    @Test
    @Points(1.5)
    void the_weight_gradient_linearGradW(Session s) {
        s.checkHidden("dL/dW of the worked example (Xex, Gex), rows one after the other",
                Nb08Support.flatten("linearGradW(" + Nb08Support.lit(X) + ", " + Nb08Support.lit(G) + ")"),
                new double[] {1, -2, 2.5, -3.75, 0.5, 2.75});
        for (Layer l : layers()) {
            s.checkHidden(l.name() + ": dL/dW", Nb08Support.flatten("linearGradW(" + Nb08Support.lit(l.x()) + ", "
                    + Nb08Support.lit(l.g()) + ")"), Nb08Support.numeric(l.w(), l::score));
        }
        s.checkHidden("X and G after linearGradW are unchanged", inputsAfter("linearGradW(x, g)"), new double[] {1, 2, 3, 4, 5});
    }

    @Test
    @Points(1)
    void the_bias_gradient_linearGradB(Session s) {
        s.checkClose("linearGradB(new double[][] {{1.0, -2.0}, {0.5, 0.25}})", new double[] {1.5, -1.75});
        for (Layer l : layers()) {
            s.checkHidden(l.name() + ": dL/db", "linearGradB(" + Nb08Support.lit(l.g()) + ")", Nb08Support.numeric(l.b(), l::score));
        }
        s.checkHidden("G after linearGradB is unchanged", inputsAfter("linearGradB(g)"), new double[] {1, 2, 3, 4, 5});
    }

    @Test
    @Points(1.5)
    void the_input_gradient_linearGradX(Session s) {
        s.checkHidden("dL/dX of the worked example (Gex, Wex), rows one after the other",
                Nb08Support.flatten("linearGradX(" + Nb08Support.lit(G) + ", " + Nb08Support.lit(W) + ")"),
                new double[] {3, -3.5, -2, 0.25, 0.75, -1});
        for (Layer l : layers()) {
            s.checkHidden(l.name() + ": dL/dX", Nb08Support.flatten("linearGradX(" + Nb08Support.lit(l.g()) + ", "
                    + Nb08Support.lit(l.w()) + ")"), Nb08Support.numeric(l.x(), l::score));
        }
        s.checkHidden("G and W after linearGradX are unchanged", inputsAfter("linearGradX(g, w)"), new double[] {1, 2, 3, 4, 5});
    }
}
