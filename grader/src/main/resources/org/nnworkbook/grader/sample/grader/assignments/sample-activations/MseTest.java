// Hidden tests of the sample assignment's mean-squared-error exercise (grade cell check_mse, 3 points).
import org.junit.jupiter.api.Test;
import org.nnworkbook.grader.api.GradeId;
import org.nnworkbook.grader.api.Points;
import org.nnworkbook.grader.api.Session;

@GradeId("check_mse")
class MseTest {
    @Test
    @Points(1)
    void mse_of_equal_arrays_is_zero(Session s) {
        s.checkClose("mse(new double[] {0.5, -1}, new double[] {0.5, -1})", 0.0);
    }

    @Test
    @Points(2)
    void mse_on_hidden_arrays(Session s) {
        s.checkHidden("mse of three predictions", "mse(new double[] {1, 2, 3}, new double[] {2, 2, 5})", 5.0 / 3.0);
    }
}
