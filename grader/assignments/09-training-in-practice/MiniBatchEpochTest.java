// Hidden tests of notebook 09's Exercise 1, miniBatchEpoch (grade cell check_mini_batch_epoch, 3 points).
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.nnworkbook.grader.api.GradeId;
import org.nnworkbook.grader.api.Inputs;
import org.nnworkbook.grader.api.Literals;
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
        return Literals.call("miniBatchEpoch", xs, ys, w, b, order, batchSize, lr);
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
    void cuts_batches_with_a_shorter_last_batch(Session s) {
        Random rng = new Random(901);
        double[] xs = Inputs.gaussian(rng, 10, 1.0);
        double[] ys = Inputs.gaussian(rng, 10, 2.0);
        int[] inOrder = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
        s.checkHidden("10 random points in order 0..9, batches of 3, 3, 3 and 1",
                call(xs, ys, 0.4, -0.2, inOrder, 3, 0.05), reference(xs, ys, 0.4, -0.2, inOrder, 3, 0.05));
        s.checkHidden("10 random points in order 0..9, batch size 1 (ten SGD steps)",
                call(xs, ys, -1.0, 0.5, inOrder, 1, 0.02), reference(xs, ys, -1.0, 0.5, inOrder, 1, 0.02));
        s.checkHidden("10 random points, batch size 25 (larger than the data: one GD step)",
                call(xs, ys, 0.0, 0.0, inOrder, 25, 0.3), reference(xs, ys, 0.0, 0.0, inOrder, 25, 0.3));
    }

    @Test
    @Points(1)
    void follows_the_given_order_and_leaves_it_unchanged(Session s) {
        Random rng = new Random(902);
        double[] xs = Inputs.gaussian(rng, 8, 1.5);
        double[] ys = Inputs.gaussian(rng, 8, 1.0);
        int[] reversed = {7, 6, 5, 4, 3, 2, 1, 0};
        int[] shuffled = shuffled(8, rng);
        int[] repeats = {3, 3, 1, 5};                  // an epoch may visit only some rows, even one twice
        s.checkHidden("8 points in reverse order, batches of 2",
                call(xs, ys, 0.1, 0.1, reversed, 2, 0.1), reference(xs, ys, 0.1, 0.1, reversed, 2, 0.1));
        s.checkHidden("8 points in a shuffled order, batches of 4",
                call(xs, ys, -0.3, 0.2, shuffled, 4, 0.2), reference(xs, ys, -0.3, 0.2, shuffled, 4, 0.2));
        s.checkHidden("an order that repeats a row, batches of 2",
                call(xs, ys, 0.1, 0.1, repeats, 2, 0.1), reference(xs, ys, 0.1, 0.1, repeats, 2, 0.1));
        String keep = Literals.block("int[] o = " + Literals.of(reversed) + "; miniBatchEpoch("
                + Literals.of(xs) + ", " + Literals.of(ys) + ", 0.1, 0.1, o, 2, 0.1);"
                + " return java.util.Arrays.stream(o).asDoubleStream().toArray();");
        s.checkHidden("the order array after the call", keep, new double[] {7, 6, 5, 4, 3, 2, 1, 0});
    }
}
