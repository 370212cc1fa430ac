// Hidden tests of Exercise 6, bceLoss(p, y) (grade cell check_bce_loss, 2 points).
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.nnworkbook.grader.api.GradeId;
import org.nnworkbook.grader.api.Inputs;
import org.nnworkbook.grader.api.Literals;
import org.nnworkbook.grader.api.Points;
import org.nnworkbook.grader.api.Session;

@GradeId("check_bce_loss")
class BceLossTest {
    @Test
    @Points(1)
    void bce_loss_on_the_worked_example(Session s) {
        s.checkClose("bceLoss(new double[] {0.9, 0.2, 0.6}, new double[] {1, 0, 1})", 0.2797765635793423);
    }

    @Test
    @Points(1)
    void bce_loss_on_hidden_inputs_and_perfect_predictions(Session s) {
        Random rng = new Random(606);
        double[] p = new double[10];
        for (int i = 0; i < p.length; i++) {
            p[i] = Math.round((0.01 + 0.98 * rng.nextDouble()) * 1000) / 1000.0;
        }
        double[] y = Inputs.bits(rng, 10);
        s.checkHidden("bceLoss on 10 random predictions", Literals.call("bceLoss", p, y), LinearModels.bce(p, y));
        s.checkHidden("bceLoss of one example with label 0", "bceLoss(new double[] {0.3}, new double[] {0})", -Math.log(0.7));
        s.checkHidden("bceLoss of perfect predictions (must be 0, not NaN)",
                "bceLoss(new double[] {0, 1, 0, 0}, new double[] {0, 1, 0, 0})", 0.0);
    }
}
