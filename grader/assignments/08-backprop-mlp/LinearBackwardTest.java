// Hidden tests of notebook 08, Exercise 1: the linear layer's backward pass (grade cell check_linear_backward,
// 4 points: 1.5 for dL/dW, 1 for dL/db, 1.5 for dL/dX, each on its own).
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.nnworkbook.grader.api.GradeId;
import org.nnworkbook.grader.api.Inputs;
import org.nnworkbook.grader.api.Literals;
import org.nnworkbook.grader.api.Points;
import org.nnworkbook.grader.api.Reference;
import org.nnworkbook.grader.api.Session;

@GradeId("check_linear_backward")
class LinearBackwardTest {
    private static final double[][] X = {{1, 2, -1}, {0, 1, 3}};
    private static final double[][] W = {{1, -1}, {0.5, 2}, {-2, 0}};
    private static final double[][] G = {{1, -2}, {0.5, 0.25}};

    /** One random layer: x [n][in], w [in][out], b [out] (as a row), g [n][out]. */
    record Layer(String name, double[][] x, double[][] w, double[] b, double[][] g) {
        /** dL/dW, dL/db, dL/dX of L = Σ (X·W + b) ⊙ G by central differences, row after row. */
        double[] gradW() {
            return Reference.gradientOfMatrix(m -> Backprop.linearScore(x, m, b, g), w);
        }

        double[] gradB() {
            return Reference.gradient(v -> Backprop.linearScore(x, w, v, g), b);
        }

        double[] gradX() {
            return Reference.gradientOfMatrix(m -> Backprop.linearScore(m, w, b, g), x);
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
                    Inputs.gaussian(rng, n, in, 1.5), Inputs.gaussian(rng, in, outputs, 1.0),
                    Inputs.gaussian(rng, 1, outputs, 1.0)[0], Inputs.gaussian(rng, n, outputs, 1.0));
        }
        out[6] = new Layer("a batch of 7 examples and one output (n = 7, in = 1, out = 1)",
                Inputs.gaussian(rng, 7, 1, 2.0), Inputs.gaussian(rng, 1, 1, 1.0), new double[] {0.5},
                Inputs.gaussian(rng, 7, 1, 1.0));
        return out;
    }

    /** Calls one method on fresh copies and returns the inputs afterwards, to show they were not changed. */
    static String inputsAfter(String call) {
        return Literals.block("double[][] x = {{1, 2}}; double[][] w = {{3}, {4}};"
                + " double[][] g = {{5}}; " + call + "; return new double[] {x[0][0], x[0][1], w[0][0], w[1][0], g[0][0]};");
    }

    @Test
    @Points(1.5)
    void the_weight_gradient_linearGradW(Session s) {
        s.checkHidden("dL/dW of the worked example (Xex, Gex), rows one after the other",
                Literals.flattened(Literals.call("linearGradW", X, G)),
                new double[] {1, -2, 2.5, -3.75, 0.5, 2.75});
        for (Layer l : layers()) {
            s.checkHidden(l.name() + ": dL/dW", Literals.flattened(Literals.call("linearGradW", l.x(), l.g())), l.gradW());
        }
        s.checkHidden("X and G after linearGradW are unchanged", inputsAfter("linearGradW(x, g)"), new double[] {1, 2, 3, 4, 5});
    }

    @Test
    @Points(1)
    void the_bias_gradient_linearGradB(Session s) {
        s.checkClose("linearGradB(new double[][] {{1.0, -2.0}, {0.5, 0.25}})", new double[] {1.5, -1.75});
        for (Layer l : layers()) {
            s.checkHidden(l.name() + ": dL/db", Literals.call("linearGradB", l.g()), l.gradB());
        }
        s.checkHidden("G after linearGradB is unchanged", inputsAfter("linearGradB(g)"), new double[] {1, 2, 3, 4, 5});
    }

    @Test
    @Points(1.5)
    void the_input_gradient_linearGradX(Session s) {
        s.checkHidden("dL/dX of the worked example (Gex, Wex), rows one after the other",
                Literals.flattened(Literals.call("linearGradX", G, W)),
                new double[] {3, -3.5, -2, 0.25, 0.75, -1});
        for (Layer l : layers()) {
            s.checkHidden(l.name() + ": dL/dX", Literals.flattened(Literals.call("linearGradX", l.g(), l.w())), l.gradX());
        }
        s.checkHidden("G and W after linearGradX are unchanged", inputsAfter("linearGradX(g, w)"), new double[] {1, 2, 3, 4, 5});
    }
}
