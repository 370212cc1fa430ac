// Hidden tests of Exercise 8, softmax(z) (grade cell check_softmax, 2 points): ordinary scores, and scores far apart.
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.nnworkbook.grader.api.GradeId;
import org.nnworkbook.grader.api.Inputs;
import org.nnworkbook.grader.api.Literals;
import org.nnworkbook.grader.api.Points;
import org.nnworkbook.grader.api.Reference;
import org.nnworkbook.grader.api.Session;

@GradeId("check_softmax")
class SoftmaxTest {
    @Test
    @Points(1)
    void softmax_of_ordinary_scores(Session s) {
        s.checkClose("softmax(new double[] {1, 2, 3})", new double[] {0.09003057317038046, 0.24472847105479764, 0.6652409557748219});
        double[] z = Inputs.uniform(new Random(808), 6, 8);
        s.checkHidden("softmax of 6 random scores", Literals.call("softmax", z), Reference.softmax(z));
        s.checkHidden("softmax of a single score", "softmax(new double[] {42})", new double[] {1});
    }

    @Test
    @Points(1)
    void softmax_of_scores_far_apart_without_overflow(Session s) {
        // Shifting by the smallest score, by z[0] or not at all overflows on at least one of these.
        s.checkClose("softmax(new double[] {-1000, 0, 1000})", new double[] {0, 0, 1});
        double[][] cases = {{1000, 999, -1000}, {-1000, -1001}, {5, 1000, 3}, {-700, 20, -5}};
        for (int i = 0; i < cases.length; i++) {
            s.checkHidden("softmax of scores far apart, case " + (i + 1) + " of " + cases.length + " (no overflow, no 0/0)",
                    Literals.call("softmax", cases[i]), Reference.softmax(cases[i]));
        }
    }
}
