// Hidden tests of notebook 08, Exercise 1: the linear layer's backward pass (grade cell check_linear_backward, 4 points).
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.nnworkbook.grader.api.GradeId;
import org.nnworkbook.grader.api.Points;
import org.nnworkbook.grader.api.Session;

@GradeId("check_linear_backward")
class LinearBackwardTest {
    private static final double[][] X = {{1, 2, -1}, {0, 1, 3}};
    private static final double[][] W = {{1, -1}, {0.5, 2}, {-2, 0}};
    private static final double[][] G = {{1, -2}, {0.5, 0.25}};

    private static String gradW(double[][] x, double[][] g) {
        return Nb08Support.flatten("linearGradW(" + Nb08Support.lit(x) + ", " + Nb08Support.lit(g) + ")");
    }

    private static String gradB(double[][] g) {
        return "linearGradB(" + Nb08Support.lit(g) + ")";
    }

    private static String gradX(double[][] g, double[][] w) {
        return Nb08Support.flatten("linearGradX(" + Nb08Support.lit(g) + ", " + Nb08Support.lit(w) + ")");
    }

    @Test
    @Points(1)
    @DisplayName("the notebook's worked example: dW, db and dX")
    void the_worked_example(Session s) {
        s.checkHidden("dL/dW of the worked example (Xex, Gex), rows one after the other", gradW(X, G),
                new double[] {1, -2, 2.5, -3.75, 0.5, 2.75});
        s.checkClose(gradB(G), new double[] {1.5, -1.75});
        s.checkHidden("dL/dX of the worked example (Gex, Wex), rows one after the other", gradX(G, W),
                new double[] {3, -3.5, -2, 0.25, 0.75, -1});
    }

    @Test
    @Points(1)
    void random_shapes_against_central_differences(Session s) {
        Random rng = new Random(8081);
        for (int t = 1; t <= 5; t++) {
            int n = 1 + rng.nextInt(6);
            int in = 1 + rng.nextInt(6);
            int out = 1 + rng.nextInt(6);
            double[][] x = Nb08Support.random(rng, n, in, 1.5);
            double[][] w = Nb08Support.random(rng, in, out, 1.0);
            double[] b = Nb08Support.random(rng, 1, out, 1.0)[0];
            double[][] g = Nb08Support.random(rng, n, out, 1.0);
            String shape = "random layer #" + t + " (n = " + n + ", in = " + in + ", out = " + out + ")";
            s.checkHidden(shape + ": dL/dW", gradW(x, g),
                    Nb08Support.numeric(w, () -> Nb08Support.linearScore(x, w, b, g)));
            s.checkHidden(shape + ": dL/db", gradB(g),
                    Nb08Support.numeric(b, () -> Nb08Support.linearScore(x, w, b, g)));
            s.checkHidden(shape + ": dL/dX", gradX(g, w),
                    Nb08Support.numeric(x, () -> Nb08Support.linearScore(x, w, b, g)));
        }
    }

    @Test
    @Points(1)
    void random_shapes_against_the_librarys_linear_backward(Session s) {
        Random rng = new Random(8082);
        for (int t = 1; t <= 3; t++) {
            int n = 2 + rng.nextInt(7);
            int in = 1 + rng.nextInt(5);
            int out = 1 + rng.nextInt(5);
            double[][] x = Nb08Support.random(rng, n, in, 1.0);
            double[][] w = Nb08Support.random(rng, in, out, 1.0);
            double[][] g = Nb08Support.random(rng, n, out, 1.0);
            // The library's Linear, evaluated in the student's session with fully qualified names.
            double[] library = s.evalDoubleArray("((java.util.function.Supplier<double[]>) () -> {"
                    + " org.nnworkbook.nn.layers.Linear layer = org.nnworkbook.nn.layers.Linear.of("
                    + Nb08Support.matrixLit(w) + ", org.nnworkbook.nn.Matrix.zeros(1, " + out + "));"
                    + " layer.forward(" + Nb08Support.matrixLit(x) + ");"
                    + " double[] dx = layer.backward(" + Nb08Support.matrixLit(g) + ").data();"
                    + " double[] dw = layer.weightGrad().data(); double[] db = layer.biasGrad().data();"
                    + " double[] all = new double[dw.length + db.length + dx.length];"
                    + " System.arraycopy(dw, 0, all, 0, dw.length);"
                    + " System.arraycopy(db, 0, all, dw.length, db.length);"
                    + " System.arraycopy(dx, 0, all, dw.length + db.length, dx.length);"
                    + " return all; }).get()");
            int nw = in * out;
            String shape = "random layer #" + t + " (n = " + n + ", in = " + in + ", out = " + out + ")";
            s.checkHidden(shape + ": dL/dW against Linear.backward", gradW(x, g), Arrays.copyOfRange(library, 0, nw));
            s.checkHidden(shape + ": dL/db against Linear.backward", gradB(g), Arrays.copyOfRange(library, nw, nw + out));
            s.checkHidden(shape + ": dL/dX against Linear.backward", gradX(g, w),
                    Arrays.copyOfRange(library, nw + out, library.length));
        }
    }

    @Test
    @Points(1)
    void one_by_one_layers_tall_batches_and_untouched_inputs(Session s) {
        s.checkHidden("dL/dW of a 1 × 1 layer on one example", gradW(new double[][] {{-2.5}}, new double[][] {{0.4}}),
                new double[] {-1.0});
        s.checkHidden("dL/dX of a 1 × 1 layer on one example", gradX(new double[][] {{0.4}}, new double[][] {{3.0}}),
                new double[] {1.2000000000000002});
        double[][] tall = new double[7][1];
        double[][] gTall = new double[7][1];
        double sumXg = 0;
        double sumG = 0;
        for (int i = 0; i < 7; i++) {
            tall[i][0] = i - 3;
            gTall[i][0] = 0.5 * i;
            sumXg += tall[i][0] * gTall[i][0];
            sumG += gTall[i][0];
        }
        s.checkHidden("dL/dW for a batch of 7 and one output: a sum over the batch", gradW(tall, gTall), new double[] {sumXg});
        s.checkHidden("dL/db for a batch of 7 and one output", gradB(gTall), new double[] {sumG});
        s.checkHidden("X, W and G after the three calls are unchanged",
                "((java.util.function.Supplier<double[]>) () -> { double[][] x = {{1, 2}}; double[][] w = {{3}, {4}};"
                        + " double[][] g = {{5}}; linearGradW(x, g); linearGradB(g); linearGradX(g, w);"
                        + " return new double[] {x[0][0], x[0][1], w[0][0], w[1][0], g[0][0]}; }).get()",
                new double[] {1, 2, 3, 4, 5});
    }
}
