// Hidden tests of notebook 08, Exercise 3: softmax cross-entropy backward (grade cell check_softmax_ce_backward, 3 points).
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.nnworkbook.grader.api.GradeId;
import org.nnworkbook.grader.api.Points;
import org.nnworkbook.grader.api.Session;

@GradeId("check_softmax_ce_backward")
class SoftmaxCrossEntropyBackwardTest {
    private static String call(double[][] z, int[] labels) {
        return Nb08Support.flatten("softmaxCrossEntropyGrad(" + Nb08Support.lit(z) + ", " + Nb08Support.lit(labels) + ")");
    }

    @Test
    @Points(1)
    @DisplayName("the notebook's car example")
    void the_car_example(Session s) {
        double[][] car = {{-10, 0, -10}, {10, 0, 0}};
        int[] moves = {1, 2};
        s.checkHidden("gradient of the car's scores (carScores, carMoves)", call(car, moves),
                Nb08Support.softmaxCrossEntropyGrad(car, moves));
        double[][] one = {{-10, 0, -10}};
        s.checkHidden("the car's first row alone (a batch of one: no division by 2)", call(one, new int[] {1}),
                Nb08Support.softmaxCrossEntropyGrad(one, new int[] {1}));
    }

    @Test
    @Points(1)
    void random_batches_against_central_differences(Session s) {
        Random rng = new Random(8085);
        for (int t = 1; t <= 5; t++) {
            int n = 1 + rng.nextInt(6);
            int k = 2 + rng.nextInt(5);
            double[][] z = Nb08Support.random(rng, n, k, 2.0);
            int[] labels = new int[n];
            for (int i = 0; i < n; i++) {
                labels[i] = rng.nextInt(k);
            }
            s.checkHidden("random batch #" + t + " (n = " + n + ", K = " + k + ")", call(z, labels),
                    Nb08Support.numeric(z, () -> Nb08Support.softmaxCrossEntropy(z, labels)));
        }
    }

    @Test
    @Points(1)
    void huge_and_equal_scores_and_the_librarys_gradient(Session s) {
        s.checkHidden("scores of ±1000 (no overflow, no NaN)",
                call(new double[][] {{1000, -1000, 0}, {-1000, 999, 1000}}, new int[] {1, 2}),
                Nb08Support.softmaxCrossEntropyGrad(new double[][] {{1000, -1000, 0}, {-1000, 999, 1000}}, new int[] {1, 2}));
        s.checkHidden("four equal scores, a batch of 2", call(new double[][] {{3, 3, 3, 3}, {0, 0, 0, 0}}, new int[] {0, 3}),
                new double[] {-0.375, 0.125, 0.125, 0.125, 0.125, 0.125, 0.125, -0.375});
        Random rng = new Random(8086);
        double[][] z = Nb08Support.random(rng, 6, 4, 3.0);
        int[] labels = {3, 0, 1, 1, 2, 0};
        double[] library = s.evalDoubleArray("new org.nnworkbook.nn.loss.CrossEntropyLoss().gradient("
                + Nb08Support.matrixLit(z) + ", org.nnworkbook.nn.Matrix.column(3, 0, 1, 1, 2, 0)).data()");
        s.checkHidden("a random batch of 6 × 4 against the library's CrossEntropyLoss.gradient", call(z, labels), library);
    }
}
