// Hidden tests of Exercise 3, mseGradient(w, b, X, y) (grade cell check_mse_gradient, 3 points).
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.nnworkbook.grader.api.GradeId;
import org.nnworkbook.grader.api.Points;
import org.nnworkbook.grader.api.Session;

@GradeId("check_mse_gradient")
class MseGradientTest {
    @Test
    @Points(1)
    void mse_gradient_on_the_worked_example(Session s) {
        s.checkClose("mseGradient(new double[] {1, -0.5}, 0.5, new double[][] {{1, 2}, {2, 0}, {0, 1}, {3, 1}}, new double[] {3, 1, 0, 4})",
                new double[] {-1.25, -3, -1});
    }

    @Test
    @Points(1)
    void mse_gradient_on_hidden_random_data(Session s) {
        Random rng = new Random(303);
        double[][] X = Lit.matrix(rng, 7, 4, 2);
        double[] y = Lit.vector(rng, 7, 3), w = Lit.vector(rng, 4, 1);
        s.checkHidden("mseGradient on 7 random examples with 4 features (the bias entry last)",
                "mseGradient(" + Lit.arr(w) + ", -0.3, " + Lit.mat(X) + ", " + Lit.arr(y) + ")",
                Lit.mseGradient(w, -0.3, X, y));
    }

    @Test
    @Points(1)
    void mse_gradient_edge_cases(Session s) {
        s.check("mseGradient returns d + 1 numbers",
                s.evalDouble("mseGradient(new double[] {1, 2, 3}, 0.0, new double[][] {{1, 1, 1}}, new double[] {0}).length") == 4,
                "with 3 weights the gradient has 4 entries: 3 for the weights, then 1 for the bias");
        s.checkHidden("mseGradient of a single example: 2·error·x, then 2·error",
                "mseGradient(new double[] {0.5}, 1.0, new double[][] {{-2}}, new double[] {3})", new double[] {12, -6});
        s.checkHidden("mseGradient at a perfect fit of y = -x + 4",
                "mseGradient(new double[] {-1}, 4.0, new double[][] {{0}, {1}, {5}}, new double[] {4, 3, -1})", new double[] {0, 0});
    }
}
