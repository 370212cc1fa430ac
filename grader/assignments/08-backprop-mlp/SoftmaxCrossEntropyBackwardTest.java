// Hidden tests of notebook 08, Exercise 3: softmax cross-entropy backward (grade cell check_softmax_ce_backward,
// 3 points: one example, a batch (the mean over n), scores of ±1000).
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.nnworkbook.grader.api.GradeId;
import org.nnworkbook.grader.api.Inputs;
import org.nnworkbook.grader.api.Literals;
import org.nnworkbook.grader.api.Points;
import org.nnworkbook.grader.api.Reference;
import org.nnworkbook.grader.api.Session;

@GradeId("check_softmax_ce_backward")
class SoftmaxCrossEntropyBackwardTest {
    private static final double[][] CAR = {{-10, 0, -10}, {10, 0, 0}};
    private static final int[] CAR_MOVES = {1, 2};

    private static String call(double[][] z, int[] labels) {
        return Literals.flattened(Literals.call("softmaxCrossEntropyGrad", z, labels));
    }

    /** Random logits [n][k] and labels, n and k from the given seed; labels as the last row. */
    private static void randomBatches(Session s, long seed, boolean single) {
        Random rng = new Random(seed);
        for (int t = 1; t <= 4; t++) {
            int n = single ? 1 : 2 + rng.nextInt(5);
            int k = 2 + rng.nextInt(5);
            double[][] z = Inputs.gaussian(rng, n, k, 2.0);
            int[] labels = new int[n];
            for (int i = 0; i < n; i++) {
                labels[i] = rng.nextInt(k);
            }
            s.checkHidden((single ? "one random example" : "a random batch") + " #" + t + " (n = " + n + ", K = " + k + ")",
                    call(z, labels), Reference.gradientOfMatrix(m -> Backprop.softmaxCrossEntropy(m, labels), z));
        }
    }

    @Test
    @Points(1)
    void one_example_probabilities_minus_one_hot(Session s) {
        s.checkHidden("the car's first row alone, label 1", call(new double[][] {CAR[0]}, new int[] {1}),
                Backprop.softmaxCrossEntropyGrad(new double[][] {CAR[0]}, new int[] {1}));
        s.checkHidden("four equal scores, label 0", call(new double[][] {{3, 3, 3, 3}}, new int[] {0}),
                new double[] {-0.75, 0.25, 0.25, 0.25});
        randomBatches(s, 8085, true);
    }

    @Test
    @Points(1)
    void a_batch_the_mean_over_n_examples(Session s) {
        s.checkHidden("the car's scores (carScores, carMoves)", call(CAR, CAR_MOVES), Backprop.softmaxCrossEntropyGrad(CAR, CAR_MOVES));
        randomBatches(s, 8086, false);
    }

    @Test
    @Points(1)
    void scores_of_plus_minus_1000_stay_finite(Session s) {
        s.checkHidden("one example with scores (1000, -1000, 0), label 1",
                call(new double[][] {{1000, -1000, 0}}, new int[] {1}), new double[] {1, -1, 0});
        s.checkHidden("one example with scores (-1000, 999, 1000), label 2",
                call(new double[][] {{-1000, 999, 1000}}, new int[] {2}),
                Backprop.softmaxCrossEntropyGrad(new double[][] {{-1000, 999, 1000}}, new int[] {2}));
        s.checkHidden("one example with scores (-1000, -1000), label 0",
                call(new double[][] {{-1000, -1000}}, new int[] {0}), new double[] {-0.5, 0.5});
    }
}
