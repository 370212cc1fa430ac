// Hidden tests of the sample assignment's relu exercise (grade cell check_relu, 2 points).
import org.junit.jupiter.api.Test;
import org.nnworkbook.grader.api.GradeId;
import org.nnworkbook.grader.api.Points;
import org.nnworkbook.grader.api.Session;

@GradeId("check_relu")
class ReluTest {
    @Test
    @Points(1)
    void relu_keeps_positive_numbers(Session s) {
        s.checkClose("relu(2.5)", 2.5);
    }

    @Test
    @Points(1)
    void relu_on_hidden_inputs(Session s) {
        s.checkHidden("relu of a negative number", "relu(-7.25)", 0.0);
        s.checkHidden("relu of zero", "relu(0.0)", 0.0);
    }
}
