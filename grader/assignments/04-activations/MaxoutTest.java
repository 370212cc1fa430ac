// Hidden tests of notebook 04's Exercise 8 (grade cell check_maxout, 2 points).
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.nnworkbook.grader.api.GradeId;
import org.nnworkbook.grader.api.Inputs;
import org.nnworkbook.grader.api.Literals;
import org.nnworkbook.grader.api.Points;
import org.nnworkbook.grader.api.Session;

@GradeId("check_maxout")
class MaxoutTest {
    static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    @Test
    @Points(1)
    void maxout_on_random_pieces_in_three_dimensions(Session s) {
        Random rng = new Random(131);
        List<String> calls = new ArrayList<>();
        double[] want = new double[8];
        for (int t = 0; t < 8; t++) {
            double[] x = Inputs.uniform(rng, 3, 2), w1 = Inputs.uniform(rng, 3, 2), w2 = Inputs.uniform(rng, 3, 2);
            double b1 = Inputs.gaussian(rng, 1, 1)[0], b2 = Inputs.gaussian(rng, 1, 1)[0];
            calls.add(Literals.call("maxout", x, w1, b1, w2, b2));
            want[t] = Math.max(dot(w1, x) + b1, dot(w2, x) + b2);
        }
        s.checkHidden("maxout of 8 random pairs of pieces in 3 dimensions", "new double[] {" + String.join(", ", calls) + "}", want);
    }

    @Test
    @Points(1)
    void gradient_picks_the_winning_piece_and_the_first_on_a_tie(Session s) {
        Random rng = new Random(132);
        List<String> calls = new ArrayList<>();
        double[] want = new double[8 * 3];
        for (int t = 0; t < 8; t++) {
            double[] x = Inputs.uniform(rng, 3, 2), w1 = Inputs.uniform(rng, 3, 2), w2 = Inputs.uniform(rng, 3, 2);
            double b1 = Inputs.gaussian(rng, 1, 1)[0], b2 = Inputs.gaussian(rng, 1, 1)[0];
            calls.add(Literals.call("maxoutGradient", x, w1, b1, w2, b2));
            System.arraycopy(dot(w2, x) + b2 > dot(w1, x) + b1 ? w2 : w1, 0, want, 3 * t, 3);
        }
        s.checkHidden("gradients of maxout for 8 random pairs of pieces (all entries, in order)",
                "java.util.stream.Stream.of(" + String.join(", ", calls) + ").flatMapToDouble(java.util.Arrays::stream).toArray()", want);
        // The biases decide the winner: by w·x alone the other piece would win.
        s.checkHidden("gradients where the biases decide which piece wins (all entries, in order)",
                "java.util.stream.Stream.of("
                        + "maxoutGradient(new double[] {1, 1, 1}, new double[] {1, 0, 0}, 0, new double[] {0, 0, 0.5}, 2), "
                        + "maxoutGradient(new double[] {1, 0, 0}, new double[] {0.5, 0, 0}, 3, new double[] {2, 0, 0}, 0))"
                        + ".flatMapToDouble(java.util.Arrays::stream).toArray()",
                new double[] {0, 0, 0.5, 0.5, 0, 0});
        // A tie (both pieces equal 1 at x = (1, 0)): the notebook states the convention, so the expected value may show.
        s.checkClose("maxoutGradient(new double[] {1, 0}, new double[] {2, 3}, -1, new double[] {-1, 4}, 2)", new double[] {2, 3});
        s.check("the gradient is a copy, not the caller's w1 array",
                s.eval("((java.util.function.Supplier<Boolean>) () -> { double[] w = {2, 3};"
                        + " return maxoutGradient(new double[] {1, 1}, w, 0, new double[] {0, 0}, 0) != w; }).get()")
                        .strip().equals("true"),
                "maxoutGradient returned the array w1 itself; return a new array with the same entries");
    }
}
