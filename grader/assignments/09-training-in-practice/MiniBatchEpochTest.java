// Hidden tests of notebook 09's Exercise 1, miniBatchEpoch (grade cell check_mini_batch_epoch, 3 points).
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.nnworkbook.grader.api.GradeId;
import org.nnworkbook.grader.api.Points;
import org.nnworkbook.grader.api.Session;

@GradeId("check_mini_batch_epoch")
class MiniBatchEpochTest {

    /** The reference: consecutive batches of the order, average MSE gradient of g = w·x + b, one step each. */
    static double[] reference(double[] xs, double[] ys, double w, double b, int[] order, int batchSize, double lr) {
        for (int from = 0; from < order.length; from += batchSize) {
            int to = Math.min(from + batchSize, order.length);
            double gw = 0;
            double gb = 0;
            for (int k = from; k < to; k++) {
                int i = order[k];
                double err = w * xs[i] + b - ys[i];
                gw += 2 * err * xs[i];
                gb += 2 * err;
            }
            w -= lr * gw / (to - from);
            b -= lr * gb / (to - from);
        }
        return new double[] {w, b};
    }

    static String call(double[] xs, double[] ys, double w, double b, int[] order, int batchSize, double lr) {
        return "miniBatchEpoch(" + TrainingLiterals.array(xs) + ", " + TrainingLiterals.array(ys) + ", " + w + ", " + b
                + ", " + TrainingLiterals.array(order) + ", " + batchSize + ", " + lr + ")";
    }

    static int[] shuffled(int n, Random rng) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        return order;
    }

    @Test
    @Points(1)
    void one_batch_of_three_points_is_one_gradient_descent_step(Session s) {
        s.checkClose("miniBatchEpoch(new double[] {0, 1, 2}, new double[] {1, 3, 5}, 0, 0, new int[] {0, 1, 2}, 3, 0.1)",
                new double[] {0.8666666666666667, 0.6});
    }

    @Test
    @Points(1)
    void random_points_with_a_shorter_last_batch(Session s) {
        Random rng = new Random(901);
        double[] xs = TrainingLiterals.gaussian(rng, 10, 1.0);
        double[] ys = TrainingLiterals.gaussian(rng, 10, 2.0);
        int[] order = shuffled(10, rng);
        s.checkHidden("10 random points, batches of 3, 3, 3 and 1",
                call(xs, ys, 0.4, -0.2, order, 3, 0.05), reference(xs, ys, 0.4, -0.2, order, 3, 0.05));
        s.checkHidden("10 random points, batch size 1 (ten SGD steps)",
                call(xs, ys, -1.0, 0.5, order, 1, 0.02), reference(xs, ys, -1.0, 0.5, order, 1, 0.02));
        s.checkHidden("10 random points, batch size 25 (larger than the data: one GD step)",
                call(xs, ys, 0.0, 0.0, order, 25, 0.3), reference(xs, ys, 0.0, 0.0, order, 25, 0.3));
    }

    @Test
    @Points(1)
    void follows_the_given_order_and_leaves_it_unchanged(Session s) {
        Random rng = new Random(902);
        double[] xs = TrainingLiterals.gaussian(rng, 7, 1.5);
        double[] ys = TrainingLiterals.gaussian(rng, 7, 1.0);
        int[] order = {6, 5, 4, 3, 2, 1, 0};
        int[] partial = {3, 3, 1};                     // an epoch may visit only some rows, even one twice
        s.checkHidden("7 points in reverse order, batches of 2",
                call(xs, ys, 0.1, 0.1, order, 2, 0.1), reference(xs, ys, 0.1, 0.1, order, 2, 0.1));
        s.checkHidden("an order that repeats a row, batches of 2",
                call(xs, ys, 0.1, 0.1, partial, 2, 0.1), reference(xs, ys, 0.1, 0.1, partial, 2, 0.1));
        String keep = TrainingLiterals.block("int[] o = " + TrainingLiterals.array(order) + "; miniBatchEpoch("
                + TrainingLiterals.array(xs) + ", " + TrainingLiterals.array(ys) + ", 0.1, 0.1, o, 2, 0.1);"
                + " return java.util.Arrays.stream(o).asDoubleStream().toArray();");
        s.checkHidden("the order array after the call", keep, new double[] {6, 5, 4, 3, 2, 1, 0});
    }
}
