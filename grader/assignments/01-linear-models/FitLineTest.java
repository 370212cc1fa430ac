// Hidden tests of Exercise 5, fitLine(xs, ys, lr, steps) (grade cell check_fit_line, 3 points).
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.nnworkbook.grader.api.GradeId;
import org.nnworkbook.grader.api.Inputs;
import org.nnworkbook.grader.api.Literals;
import org.nnworkbook.grader.api.Points;
import org.nnworkbook.grader.api.Session;

@GradeId("check_fit_line")
class FitLineTest {
    @Test
    @Points(1)
    void fit_line_one_step_on_the_worked_data(Session s) {
        s.checkClose("fitLine(new double[] {0, 1, 2, 3, 4}, new double[] {1, 3, 5, 7, 9}, 0.05, 1)", new double[] {1.4, 0.5});
    }

    @Test
    @Points(1)
    void fit_line_follows_gradient_descent_on_hidden_data(Session s) {
        Random rng = new Random(505);
        double[] xs = Inputs.uniform(rng, 11, 3), ys = Inputs.uniform(rng, 11, 4);
        s.checkHidden("fitLine on 11 random points, lr 0.02, 137 steps",
                Literals.call("fitLine", xs, ys, 0.02, 137), LinearModels.fitLine(xs, ys, 0.02, 137));
    }

    @Test
    @Points(1)
    void fit_line_starts_at_zero_and_converges(Session s) {
        s.checkHidden("fitLine with 0 steps returns the start {0, 0}",
                "fitLine(new double[] {1, 2}, new double[] {5, 6}, 0.1, 0)", new double[] {0, 0});
        s.checkHidden("fitLine finds y = -0.5x + 3 after 3000 steps",
                "fitLine(new double[] {-2, -1, 0, 1, 2}, new double[] {4, 3.5, 3, 2.5, 2}, 0.1, 3000)", new double[] {-0.5, 3});
    }
}
