// Hidden tests of notebook 04's Exercise 1 (grade cell check_central_difference, 1 point).
import org.junit.jupiter.api.Test;
import org.nnworkbook.grader.api.GradeId;
import org.nnworkbook.grader.api.Points;
import org.nnworkbook.grader.api.Session;

@GradeId("check_central_difference")
class CentralDifferenceTest {
    @Test
    @Points(1)
    void central_difference_on_hidden_functions_and_steps(Session s) {
        // For x³ the central difference is exactly 3x² + h², which tells it apart from one-sided differences.
        s.checkHidden("central difference of x³ at x = 2 with h = 0.1", "centralDifference(t -> t * t * t, 2, 0.1)", 12.01);
        s.checkHidden("central difference of x³ at x = -1 with h = 0.5", "centralDifference(t -> t * t * t, -1, 0.5)", 3.25);
        s.checkHidden("central difference of exp at x = 1 with h = 1e-4", "centralDifference(Math::exp, 1, 1e-4)",
                (Math.exp(1 + 1e-4) - Math.exp(1 - 1e-4)) / 2e-4);
        s.checkHidden("central difference of a constant", "centralDifference(t -> 5.0, 3, 0.01)", 0.0);
        s.checkHidden("central difference of ReLU at its kink", "centralDifference(t -> Math.max(0, t), 0, 1e-3)", 0.5);
    }
}
