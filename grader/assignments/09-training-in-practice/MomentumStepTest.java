// Hidden tests of notebook 09's Exercise 2, momentumStep (grade cell check_momentum_step, 2 points: theta and velocity
// by the notebook's formulas, then theta against the library's SGD with momentum).
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.nnworkbook.grader.api.GradeId;
import org.nnworkbook.grader.api.Inputs;
import org.nnworkbook.grader.api.Literals;
import org.nnworkbook.grader.api.Points;
import org.nnworkbook.grader.api.Reference;
import org.nnworkbook.grader.api.Session;

@GradeId("check_momentum_step")
class MomentumStepTest {

    /** theta then velocity after the steps, from a zero velocity (PyTorch's form v = μv + g, θ -= ηv). */
    static double[] reference(double[] theta0, double[][] grads, double lr, double mu) {
        double[] theta = theta0.clone();
        double[] v = new double[theta.length];
        for (double[] g : grads) {
            for (int i = 0; i < theta.length; i++) {
                v[i] = mu * v[i] + g[i];
                theta[i] -= lr * v[i];
            }
        }
        return Reference.concat(theta, v);
    }

    /** The student's steps, returning theta, velocity and the last gradient array (which must be unchanged). */
    static String studentRun(double[] theta0, double[][] grads, double lr, double mu) {
        return Literals.block("double[] t = " + Literals.of(theta0) + "; double[] v = new double["
                + theta0.length + "]; double[][] gs = " + Literals.of(grads) + ";"
                + " for (double[] g : gs) momentumStep(t, g, v, " + lr + ", " + mu + ");"
                + " double[] out = new double[3 * t.length]; System.arraycopy(t, 0, out, 0, t.length);"
                + " System.arraycopy(v, 0, out, t.length, t.length);"
                + " System.arraycopy(gs[gs.length - 1], 0, out, 2 * t.length, t.length); return out;");
    }

    @Test
    @Points(1)
    void five_random_steps_update_theta_and_velocity(Session s) {
        Random rng = new Random(911);
        double[] theta = Inputs.gaussian(rng, 6, 1.0);
        double[][] grads = Inputs.gaussian(rng, 5, 6, 2.0);
        double[] expected = Reference.concat(reference(theta, grads, 0.03, 0.9), grads[4]);
        s.checkHidden("theta, velocity and the last gradient after 5 random steps (lr 0.03, momentum 0.9)",
                studentRun(theta, grads, 0.03, 0.9), expected);
        double[][] one = {grads[0]};
        s.checkHidden("one step from a zero velocity with momentum 0.5",
                studentRun(theta, one, 0.2, 0.5), Reference.concat(reference(theta, one, 0.2, 0.5), grads[0]));
    }

    @Test
    @Points(1)
    void agrees_with_the_library_sgd_with_momentum(Session s) {
        Random rng = new Random(912);
        double[] theta = Inputs.gaussian(rng, 4, 1.0);
        double[][] grads = Inputs.gaussian(rng, 7, 4, 1.0);
        String library = Literals.block("var p = new org.nnworkbook.nn.Parameter(\"t\", org.nnworkbook.nn.Matrix.row("
                + Literals.of(theta) + ")); var o = new org.nnworkbook.nn.optim.SGD(java.util.List.of(p), 0.01, 0.95);"
                + " for (double[] g : " + Literals.of(grads) + ") { p.zeroGrad();"
                + " p.grad().assignInPlace(org.nnworkbook.nn.Matrix.row(g)); o.step(); } return p.value().data().clone();");
        double[] fromLibrary = s.evalDoubleArray(library);
        s.checkHidden("theta after 7 random steps, compared with the library's SGD(lr 0.01, momentum 0.95)",
                "java.util.Arrays.copyOf(" + studentRun(theta, grads, 0.01, 0.95) + ", 4)", fromLibrary);
    }
}
