// Hidden tests of Exercise 3, separatingWeights() (grade cell check_xor_separator, 2 points).
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.nnworkbook.grader.api.GradeId;
import org.nnworkbook.grader.api.Points;
import org.nnworkbook.grader.api.Session;

@GradeId("check_xor_separator")
class XorSeparatorTest {
    private static double score(double[] theta, double x1, double x2) {
        return theta[0] + theta[1] * Math.abs(x1 - x2);
    }

    @Test
    @Points(1)
    void the_weights_separate_the_four_corners(Session s) {
        double[] theta = s.evalDoubleArray("separatingWeights()");
        s.check("separatingWeights() has 2 entries", theta.length == 2, "return {θ1, θ2}");
        for (int i = 0; i < 4; i++) {
            double z = score(theta, BeyondLinear.CORNERS[i][0], BeyondLinear.CORNERS[i][1]);
            boolean right = BeyondLinear.XOR[i] == 1 ? z > 0 : z < 0;
            s.check("corner (" + (int) BeyondLinear.CORNERS[i][0] + ", " + (int) BeyondLinear.CORNERS[i][1] + ")", right,
                    "θ·φ(x) = " + z + " at this corner, but class " + BeyondLinear.XOR[i] + " needs a score "
                            + (BeyondLinear.XOR[i] == 1 ? "above" : "below") + " 0");
        }
    }

    @Test
    @Points(1)
    void the_boundary_lies_halfway_and_works_on_noisy_points(Session s) {
        double[] theta = s.evalDoubleArray("separatingWeights()");
        s.check("separatingWeights() has 2 entries", theta.length == 2, "return {θ1, θ2}");
        double boundary = -theta[0] / theta[1];
        s.check("the boundary is at |x1 - x2| = 0.5", theta[1] > 0 && Math.abs(boundary - 0.5) < 1e-6,
                "your score is 0 at |x1 - x2| = " + boundary + "; it should be 0 at 0.5 and grow with |x1 - x2|");
        Random rng = new Random(33);
        int right = 0, n = 400;
        for (int i = 0; i < n; i++) {
            int corner = i % 4;
            double x1 = BeyondLinear.CORNERS[corner][0] + 0.12 * rng.nextGaussian();
            double x2 = BeyondLinear.CORNERS[corner][1] + 0.12 * rng.nextGaussian();
            right += (score(theta, x1, x2) > 0 ? 1 : 0) == BeyondLinear.XOR[corner] ? 1 : 0;
        }
        s.check("at least 95% right on 400 noisy points near the corners", right >= 0.95 * n,
                right + " of " + n + " noisy points right; a boundary halfway between the groups gets more");
    }
}
