// Hidden tests of Exercise 4, gdStep(w, b, X, y, lr) (grade cell check_gd_step, 2 points): the new values, and w left alone.
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.nnworkbook.grader.api.GradeId;
import org.nnworkbook.grader.api.Inputs;
import org.nnworkbook.grader.api.Literals;
import org.nnworkbook.grader.api.Points;
import org.nnworkbook.grader.api.Session;

@GradeId("check_gd_step")
class GdStepTest {
    static final Random RNG = new Random(404);
    static final double[][] X = Inputs.uniform(RNG, 6, 3, 2);
    static final double[] Y = Inputs.uniform(RNG, 6, 3), W = Inputs.uniform(RNG, 3, 1);

    @Test
    @Points(1)
    void gd_step_on_the_worked_example_and_hidden_data(Session s) {
        s.checkClose("gdStep(new double[] {1, -0.5}, 0.5, new double[][] {{1, 2}, {2, 0}, {0, 1}, {3, 1}}, new double[] {3, 1, 0, 4}, 0.1)",
                new double[] {1.125, -0.2, 0.6});
        s.checkHidden("gdStep on 6 random examples with 3 features, lr 0.05",
                Literals.call("gdStep", W, 0.2, X, Y, 0.05), LinearModels.gdStep(W, 0.2, X, Y, 0.05));
    }

    @Test
    @Points(1)
    void gd_step_leaves_the_callers_w_unchanged(Session s) {
        // Only a step that is right earns this point, so that returning anything without touching w does not.
        s.eval("double[] gdStepProbe = " + Literals.of(W) + ";");
        s.checkHidden("gdStep(w, ...) on 6 random examples", Literals.call("gdStep", "gdStepProbe", 0.2, X, Y, 0.05),
                LinearModels.gdStep(W, 0.2, X, Y, 0.05));
        s.checkHidden("... and afterwards the array w passed to gdStep keeps its values", "gdStepProbe", W);
    }
}
