// Hidden tests of Exercise 1, predict(w, b, x) (grade cell check_linreg_predict, 2 points).
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.nnworkbook.grader.api.GradeId;
import org.nnworkbook.grader.api.Inputs;
import org.nnworkbook.grader.api.Literals;
import org.nnworkbook.grader.api.Points;
import org.nnworkbook.grader.api.Session;

@GradeId("check_linreg_predict")
class LinregPredictTest {
    @Test
    @Points(1)
    void predict_on_the_worked_example(Session s) {
        s.checkClose("predict(new double[] {2, -1}, 0.5, new double[] {1, 3})", -0.5);
    }

    @Test
    @Points(1)
    void predict_on_hidden_inputs(Session s) {
        Random rng = new Random(101);
        double[] w = Inputs.uniform(rng, 7, 3), x = Inputs.uniform(rng, 7, 3);
        s.checkHidden("predict with 7 random features", Literals.call("predict", w, -1.25, x),
                LinearModels.predict(w, -1.25, x));
        s.checkHidden("predict with one feature and a negative input", "predict(new double[] {-2.5}, 0.75, new double[] {-4})",
                10.75);
        s.checkHidden("predict with zero inputs gives the bias", "predict(new double[] {3, 1, 4}, -2.0, new double[3])", -2.0);
    }
}
