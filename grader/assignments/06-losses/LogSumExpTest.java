// Hidden tests of notebook 06's log-sum-exp exercise (grade cell check_log_sum_exp, 2 points).
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.nnworkbook.grader.api.GradeId;
import org.nnworkbook.grader.api.Literals;
import org.nnworkbook.grader.api.Points;
import org.nnworkbook.grader.api.Reference;
import org.nnworkbook.grader.api.Session;

@GradeId("check_log_sum_exp")
class LogSumExpTest {

    @Test
    @Points(1)
    void is_stable_for_huge_and_very_negative_logits(Session s) {
        s.checkHidden("logSumExp of {1000, 999, -1000}", "logSumExp(new double[] {1000, 999, -1000})",
                1000 + Math.log(1 + Math.exp(-1)));
        s.checkHidden("logSumExp of {-2000, -2001}", "logSumExp(new double[] {-2000, -2001})", -2000 + Math.log(1 + Math.exp(-1)));
        s.checkHidden("logSumExp of {800, 800, 800, 800}", "logSumExp(new double[] {800, 800, 800, 800})", 800 + Math.log(4));
        s.checkHidden("logSumExp of one very negative entry", "logSumExp(new double[] {-750})", -750);
        s.checkHidden("logSumExp where the largest entry comes last", "logSumExp(new double[] {-3, 0.5, 710})",
                710 + Math.log(1 + Math.exp(-709.5) + Math.exp(-713)));
        s.checkHidden("logSumExp where the largest entry is in the middle", "logSumExp(new double[] {-800, 900, 0, 850})",
                900 + Math.log(1 + Math.exp(-50)));
    }

    @Test
    @Points(1)
    void matches_on_random_logits(Session s) {
        Random rng = new Random(604);
        for (int n : new int[] {1, 2, 6, 10}) {
            double[] z = new double[n];
            for (int i = 0; i < n; i++) z[i] = 4 * rng.nextGaussian();
            s.checkHidden("logSumExp of " + n + " random logits", Literals.call("logSumExp", z), Reference.logSumExp(z));
        }
    }
}
