// Hidden tests of Exercise 2, phi(x) (grade cell check_xor_features, 1 point).
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.nnworkbook.grader.api.GradeId;
import org.nnworkbook.grader.api.Inputs;
import org.nnworkbook.grader.api.Literals;
import org.nnworkbook.grader.api.Points;
import org.nnworkbook.grader.api.Session;

@GradeId("check_xor_features")
class XorFeaturesTest {
    @Test
    @Points(1)
    void phi_on_corners_and_hidden_points(Session s) {
        s.checkClose("phi(new double[] {0, 1})", new double[] {1, 1});
        s.checkClose("phi(new double[] {1, 1})", new double[] {1, 0});
        Random rng = new Random(22);
        for (int i = 0; i < 5; i++) {
            double[] x = Inputs.uniform(rng, 2, 4);
            s.checkHidden("phi of a random point " + (i + 1), Literals.call("phi", x), new double[] {1, Math.abs(x[0] - x[1])});
        }
    }
}
