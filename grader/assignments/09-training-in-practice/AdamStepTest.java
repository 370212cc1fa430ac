// Hidden tests of notebook 09's Exercise 3, adamStep (grade cell check_adam_step, 3 points: the moments m and v, the
// first step, theta over many steps).
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.nnworkbook.grader.api.GradeId;
import org.nnworkbook.grader.api.Inputs;
import org.nnworkbook.grader.api.Literals;
import org.nnworkbook.grader.api.Points;
import org.nnworkbook.grader.api.Reference;
import org.nnworkbook.grader.api.Session;

@GradeId("check_adam_step")
class AdamStepTest {

    /** theta, m, v after steps t0, t0 + 1, ... from the given moments (Kingma and Ba's Algorithm 1). */
    static double[] reference(double[] theta0, double[] m0, double[] v0, int t0, double[][] grads,
                              double lr, double b1, double b2, double eps) {
        double[] theta = theta0.clone();
        double[] m = m0.clone();
        double[] v = v0.clone();
        for (int k = 0; k < grads.length; k++) {
            int t = t0 + k;
            for (int i = 0; i < theta.length; i++) {
                double g = grads[k][i];
                m[i] = b1 * m[i] + (1 - b1) * g;
                v[i] = b2 * v[i] + (1 - b2) * g * g;
                double mHat = m[i] / (1 - Math.pow(b1, t));
                double vHat = v[i] / (1 - Math.pow(b2, t));
                theta[i] -= lr * mHat / (Math.sqrt(vHat) + eps);
            }
        }
        return Reference.concat(theta, m, v);
    }

    static String studentRun(double[] theta0, double[] m0, double[] v0, int t0, double[][] grads,
                             double lr, double b1, double b2, double eps) {
        int d = theta0.length;
        return Literals.block("double[] t = " + Literals.of(theta0) + "; double[] m = "
                + Literals.of(m0) + "; double[] v = " + Literals.of(v0) + "; double[][] gs = "
                + Literals.of(grads) + "; for (int k = 0; k < gs.length; k++) adamStep(t, gs[k], m, v, "
                + t0 + " + k, " + lr + ", " + b1 + ", " + b2 + ", " + eps + ");"
                + " double[] out = new double[" + 4 * d + "]; System.arraycopy(t, 0, out, 0, " + d + ");"
                + " System.arraycopy(m, 0, out, " + d + ", " + d + "); System.arraycopy(v, 0, out, " + 2 * d + ", " + d + ");"
                + " System.arraycopy(gs[gs.length - 1], 0, out, " + 3 * d + ", " + d + "); return out;");
    }

    /** {@code studentRun} keeps only entries [from, to) of theta, m, v and the last gradient, one after the other. */
    static String part(String run, int from, int to) {
        return "java.util.Arrays.copyOfRange(" + run + ", " + from + ", " + to + ")";
    }

    @Test
    @Points(1)
    void the_moments_m_and_v(Session s) {
        Random rng = new Random(921);
        double[] theta = Inputs.gaussian(rng, 4, 1.0);
        double[][] grads = Inputs.gaussian(rng, 8, 4, 1.5);
        double[] zeros = new double[4];
        double[] expected = Reference.concat(reference(theta, zeros, zeros, 1, grads, 0.02, 0.8, 0.99, 1e-6), grads[7]);
        s.checkHidden("m, v and the last gradient (unchanged) after 8 random steps with β1 = 0.8, β2 = 0.99",
                part(studentRun(theta, zeros, zeros, 1, grads, 0.02, 0.8, 0.99, 1e-6), 4, 16),
                java.util.Arrays.copyOfRange(expected, 4, 16));
    }

    @Test
    @Points(1)
    void the_first_step_has_size_lr_whatever_the_gradient(Session s) {
        double[] theta = {0.5, -0.5, 2, 0, 1};
        double[][] grads = {{1e-4, -3e3, 0.7, -2, 1e2}};
        double[] zeros = new double[5];
        s.checkHidden("theta after step 1 with gradients from 1e-4 to 3e3 (lr 0.05)",
                part(studentRun(theta, zeros, zeros, 1, grads, 0.05, 0.9, 0.999, 1e-8), 0, 5),
                java.util.Arrays.copyOf(reference(theta, zeros, zeros, 1, grads, 0.05, 0.9, 0.999, 1e-8), 5));
    }

    @Test
    @Points(1)
    void theta_over_many_steps_and_against_the_library(Session s) {
        Random rng = new Random(922);
        double[] theta = Inputs.gaussian(rng, 3, 1.0);
        double[][] grads = Inputs.gaussian(rng, 10, 3, 1.0);
        double[] zeros = new double[3];
        String library = Literals.block("var p = new org.nnworkbook.nn.Parameter(\"t\", org.nnworkbook.nn.Matrix.row("
                + Literals.of(theta) + ")); var o = new org.nnworkbook.nn.optim.Adam(java.util.List.of(p), 0.003);"
                + " for (double[] g : " + Literals.of(grads) + ") { p.zeroGrad();"
                + " p.grad().assignInPlace(org.nnworkbook.nn.Matrix.row(g)); o.step(); } return p.value().data().clone();");
        s.checkHidden("theta after 10 random steps, compared with the library's Adam(lr 0.003)",
                part(studentRun(theta, zeros, zeros, 1, grads, 0.003, 0.9, 0.999, 1e-8), 0, 3), s.evalDoubleArray(library));
        double[] m = Inputs.gaussian(rng, 3, 0.3);
        double[] v = {0.5, 0.01, 2.0};
        double[][] two = {grads[0], grads[1]};
        s.checkHidden("theta after steps t = 6 and 7 from given m and v (the correction uses your t)",
                part(studentRun(theta, m, v, 6, two, 0.01, 0.9, 0.999, 1e-8), 0, 3),
                java.util.Arrays.copyOf(reference(theta, m, v, 6, two, 0.01, 0.9, 0.999, 1e-8), 3));
    }
}
