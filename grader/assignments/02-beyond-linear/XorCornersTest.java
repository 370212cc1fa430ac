// Hidden tests of Exercise 1, cornersCorrect(w1, w2, b) (grade cell check_xor_corners, 2 points).
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.nnworkbook.grader.api.GradeId;
import org.nnworkbook.grader.api.Inputs;
import org.nnworkbook.grader.api.Literals;
import org.nnworkbook.grader.api.Points;
import org.nnworkbook.grader.api.Session;

@GradeId("check_xor_corners")
class XorCornersTest {
    @Test
    @Points(1)
    void the_or_line_gets_three_corners_right(Session s) {
        s.checkClose("cornersCorrect(1, 1, -0.5)", 3);
    }

    @Test
    @Points(1)
    void corners_correct_on_hidden_lines(Session s) {
        Random rng = new Random(11);
        int lines = 40;
        double[] expected = new double[lines];
        List<String> calls = new ArrayList<>();
        for (int k = 0; k < lines; k++) {
            double[] line = Inputs.uniform(rng, 3, 2);
            expected[k] = BeyondLinear.cornersCorrect(line[0], line[1], line[2]);
            calls.add(Literals.call("cornersCorrect", line[0], line[1], line[2]));
        }
        s.checkHidden("cornersCorrect of 40 random lines", "new double[] {" + String.join(", ", calls) + "}", expected);
        s.checkHidden("cornersCorrect of the line x1 - x2 = 0 (a score of exactly 0 is class 0)", "cornersCorrect(1, -1, 0)", 3);
        s.checkHidden("cornersCorrect of a line that calls everything class 0", "cornersCorrect(-1, -2, -0.5)", 2);
        s.checkHidden("cornersCorrect of the line -x1 - x2 + 1.5 = 0", "cornersCorrect(-1, -1, 1.5)", 3);
    }
}
