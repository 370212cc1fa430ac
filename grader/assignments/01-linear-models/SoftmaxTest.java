// Hidden tests of Exercise 8, softmax(z) (grade cell check_softmax, 2 points).
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.nnworkbook.grader.api.GradeId;
import org.nnworkbook.grader.api.Points;
import org.nnworkbook.grader.api.Session;

@GradeId("check_softmax")
class SoftmaxTest {
    @Test
    @Points(1)
    void softmax_of_one_two_three(Session s) {
        s.checkClose("softmax(new double[] {1, 2, 3})", new double[] {0.09003057317038046, 0.24472847105479764, 0.6652409557748219});
    }

    @Test
    @Points(1)
    void softmax_on_hidden_scores(Session s) {
        Random rng = new Random(808);
        double[] z = Lit.vector(rng, 6, 8);
        s.checkHidden("softmax of 6 random scores", "softmax(" + Lit.arr(z) + ")", Lit.softmax(z));
        s.checkHidden("softmax of huge scores (no overflow)", "softmax(new double[] {1000, 999, -1000})",
                Lit.softmax(new double[] {1000, 999, -1000}));
        s.checkHidden("softmax of very negative scores (no 0/0)", "softmax(new double[] {-1000, -1001})",
                Lit.softmax(new double[] {-1000, -1001}));
        s.checkHidden("softmax of a single score", "softmax(new double[] {42})", new double[] {1});
    }
}
