// Hidden tests of notebook 07, Exercise 1: (x + y)·z forward and backward by hand (grade cell check_add_mul_by_hand, 2 points).
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.nnworkbook.grader.api.GradeId;
import org.nnworkbook.grader.api.Points;
import org.nnworkbook.grader.api.Session;

@GradeId("check_add_mul_by_hand")
class AddMulByHandTest {
    @Test
    @Points(1)
    @DisplayName("the lecture's example gives q, f and the three gradients")
    void the_lectures_example_gives_q_f_and_the_three_gradients(Session s) {
        s.checkClose("addMulByHand(1, -3, 4)", new double[] {-2, -8, 4, 4, -2});
    }

    @Test
    @Points(1)
    void forward_and_backward_at_hidden_inputs(Session s) {
        Random rng = new Random(707);
        for (int i = 1; i <= 5; i++) {
            double x = Math.round(rng.nextGaussian() * 3000) / 1000.0;
            double y = Math.round(rng.nextGaussian() * 3000) / 1000.0;
            double z = Math.round(rng.nextGaussian() * 3000) / 1000.0;
            double q = x + y;
            s.checkHidden("{q, f, df/dx, df/dy, df/dz} at hidden inputs #" + i,
                    "addMulByHand(" + x + ", " + y + ", " + z + ")", new double[] {q, q * z, z, z, q});
        }
        s.checkHidden("{q, f, df/dx, df/dy, df/dz} when x + y = 0", "addMulByHand(2.5, -2.5, 3.0)",
                new double[] {0, 0, 3, 3, 0});
    }
}
