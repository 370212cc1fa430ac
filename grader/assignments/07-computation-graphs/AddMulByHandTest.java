// Hidden tests of notebook 07, Exercise 1: (x + y)·z forward and backward by hand (grade cell check_add_mul_by_hand,
// 2 points: the forward pass {q, f}, then the backward pass {df/dx, df/dy, df/dz}).
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.nnworkbook.grader.api.GradeId;
import org.nnworkbook.grader.api.Points;
import org.nnworkbook.grader.api.Session;

@GradeId("check_add_mul_by_hand")
class AddMulByHandTest {
    /** The lecture's example, then hidden inputs, then one where x + y = 0. */
    static double[][] inputs() {
        Random rng = new Random(707);
        double[][] out = new double[7][];
        out[0] = new double[] {1, -3, 4};
        for (int i = 1; i <= 5; i++) {
            out[i] = new double[] {round(rng), round(rng), round(rng)};
        }
        out[6] = new double[] {2.5, -2.5, 3.0};
        return out;
    }

    static double round(Random rng) {
        return Math.round(rng.nextGaussian() * 3000) / 1000.0;
    }

    static String call(double[] in, int from, int to) {
        return "java.util.Arrays.copyOfRange(addMulByHand(" + in[0] + ", " + in[1] + ", " + in[2] + "), " + from + ", " + to + ")";
    }

    static String where(double[] in) {
        return "x = " + in[0] + ", y = " + in[1] + ", z = " + in[2];
    }

    @Test
    @Points(1)
    void the_forward_pass_q_and_f(Session s) {
        for (double[] in : inputs()) {
            double q = in[0] + in[1];
            s.checkHidden("{q, f} at " + where(in), call(in, 0, 2), new double[] {q, q * in[2]});
        }
    }

    @Test
    @Points(1)
    void the_backward_pass_df_dx_df_dy_df_dz(Session s) {
        for (double[] in : inputs()) {
            double q = in[0] + in[1];
            s.checkHidden("{df/dx, df/dy, df/dz} at " + where(in), call(in, 2, 5), new double[] {in[2], in[2], q});
        }
    }
}
