// Hidden tests of Exercise 2, mseLoss(w, b, X, y) (grade cell check_mse_loss, 2 points).
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.nnworkbook.grader.api.GradeId;
import org.nnworkbook.grader.api.Inputs;
import org.nnworkbook.grader.api.Literals;
import org.nnworkbook.grader.api.Points;
import org.nnworkbook.grader.api.Session;

@GradeId("check_mse_loss")
class MseLossTest {
    @Test
    @Points(1)
    void mse_loss_on_the_worked_example(Session s) {
        s.checkClose("mseLoss(new double[] {1, -0.5}, 0.5, new double[][] {{1, 2}, {2, 0}, {0, 1}, {3, 1}}, new double[] {3, 1, 0, 4})",
                2.375);
    }

    @Test
    @Points(1)
    void mse_loss_on_hidden_data(Session s) {
        Random rng = new Random(202);
        double[][] X = Inputs.uniform(rng, 9, 3, 2);
        double[] y = Inputs.uniform(rng, 9, 5), w = Inputs.uniform(rng, 3, 1.5);
        s.checkHidden("mseLoss on 9 random examples with 3 features",
                Literals.call("mseLoss", w, 0.4, X, y), LinearModels.mse(w, 0.4, X, y));
        s.checkHidden("mseLoss of a single example with error -4",
                "mseLoss(new double[] {0.5, 0.5}, 0.0, new double[][] {{2, 2}}, new double[] {6})", 16.0);
        s.checkHidden("mseLoss does not depend on how often the data are repeated",
                "mseLoss(new double[] {1}, 0.0, new double[][] {{1}, {2}, {1}, {2}, {1}, {2}}, new double[] {0, 0, 0, 0, 0, 0})", 2.5);
    }
}
