// Hidden tests of Exercise 7, logisticGradient(w, b, X, y) (grade cell check_bce_gradient, 3 points).
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.nnworkbook.grader.api.GradeId;
import org.nnworkbook.grader.api.Points;
import org.nnworkbook.grader.api.Session;

@GradeId("check_bce_gradient")
class BceGradientTest {
    @Test
    @Points(1)
    void logistic_gradient_of_one_example_at_score_zero(Session s) {
        s.checkClose("logisticGradient(new double[] {0, 0}, 0, new double[][] {{2, -4}}, new double[] {1})",
                new double[] {-1, 2, -0.5});
    }

    @Test
    @Points(1)
    void logistic_gradient_on_hidden_random_data(Session s) {
        Random rng = new Random(707);
        double[][] X = Lit.matrix(rng, 8, 3, 2);
        double[] y = Lit.labels(rng, 8), w = Lit.vector(rng, 3, 1.5);
        s.checkHidden("logisticGradient on 8 random examples with 3 features (the bias entry last)",
                "logisticGradient(" + Lit.arr(w) + ", 0.6, " + Lit.mat(X) + ", " + Lit.arr(y) + ")",
                Lit.logisticGradient(w, 0.6, X, y));
    }

    @Test
    @Points(1)
    void logistic_gradient_edge_cases(Session s) {
        s.checkHidden("logisticGradient at w = 0, b = 0 on the XOR corners is zero",
                "logisticGradient(new double[] {0, 0}, 0, new double[][] {{0, 0}, {0, 1}, {1, 0}, {1, 1}}, new double[] {0, 1, 1, 0})",
                new double[] {0, 0, 0});
        double[] w = {3, -2};
        double[][] X = {{10, -10}, {-10, 10}};
        double[] y = {0, 1};
        s.checkHidden("logisticGradient with very large scores (confidently wrong on both examples)",
                "logisticGradient(" + Lit.arr(w) + ", 0, " + Lit.mat(X) + ", " + Lit.arr(y) + ")",
                Lit.logisticGradient(w, 0, X, y));
    }
}
