// Hidden tests of the sample assignment's sigmoid exercise (grade cell check_sigmoid, 2 points).
import org.junit.jupiter.api.Test;
import org.nnworkbook.grader.api.GradeId;
import org.nnworkbook.grader.api.Points;
import org.nnworkbook.grader.api.Session;

@GradeId("check_sigmoid")
class SigmoidTest {
    @Test
    @Points(1)
    void sigmoid_of_zero_is_one_half(Session s) {
        s.checkClose("sigmoid(0.0)", 0.5);
    }

    @Test
    @Points(1)
    void sigmoid_on_hidden_inputs(Session s) {
        s.checkHidden("sigmoid of a negative number", "sigmoid(-3.0)", 0.04742587317756678);
        s.checkHidden("sigmoid of a large number", "sigmoid(40.0)", 1.0);
    }
}
