// Hidden tests of notebook 05's bucket-network exercise (grade cell check_bucket_network, 4 points).
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;
import org.nnworkbook.grader.api.GradeId;
import org.nnworkbook.grader.api.Points;
import org.nnworkbook.grader.api.Session;

@GradeId("check_bucket_network")
class BucketNetworkTest {

    /** A function as the student's VM sees it (Java source of a lambda) and as the test computes it. */
    record Fn(String source, DoubleUnaryOperator f) {}

    static final Fn EXP = new Fn("x -> Math.exp(x)", Math::exp);
    static final Fn COS3 = new Fn("x -> Math.cos(3 * x)", x -> Math.cos(3 * x));
    static final Fn KINK = new Fn("x -> Math.abs(x - 0.3)", x -> Math.abs(x - 0.3));
    static final Fn CUBIC = new Fn("x -> x * x * x - x", x -> x * x * x - x);
    static final Fn WAVY = new Fn("x -> 0.5 + Math.sin(2 * x) + 0.1 * x * x", x -> 0.5 + Math.sin(2 * x) + 0.1 * x * x);

    static String call(Fn fn, double lo, double hi, int k) {
        return "bucketNetwork(" + fn.source() + ", " + lo + ", " + hi + ", " + k + ")";
    }

    /**
     * g at the n + 1 points lo + (hi − lo)·i/n, evaluated in the student's VM with their network. In chunks of
     * 300 values: JShell cuts a value string at about 21 800 characters.
     */
    static double[] gridOfG(Session s, String net, double lo, double hi, int n) {
        s.evalDouble(net + ".g(" + lo + ")");          // a short label for the feedback if the network throws
        double[] out = new double[n + 1];
        for (int from = 0; from <= n; from += 300) {
            int to = Math.min(n, from + 299);
            double[] part = s.evalDoubleArray("((java.util.function.Function<TwoLayerNet, double[]>) net -> "
                    + "java.util.stream.IntStream.rangeClosed(" + from + ", " + to + ").mapToDouble(i -> net.g(" + lo
                    + " + (" + hi + " - (" + lo + ")) * i / " + n + ")).toArray()).apply(" + net + ")");
            if (part.length != to - from + 1) {
                throw new AssertionError("expected " + (to - from + 1) + " values, got " + part.length);
            }
            System.arraycopy(part, 0, out, from, part.length);
        }
        return out;
    }

    @Test
    @Points(1)
    void reproduces_the_notebooks_example_x_squared_with_4_buckets(Session s) {
        s.checkClose("bucketNetwork(x -> x * x, 0, 2, 4).c()", 0.0625);
        s.checkClose("bucketNetwork(x -> x * x, 0, 2, 4).v()", new double[] {0.5, 1.0, 1.5});
        s.checkClose("bucketNetwork(x -> x * x, 0, 2, 4).g(0.6)", 0.5625);
    }

    @Test
    @Points(1)
    void has_one_steep_step_at_each_inner_edge(Session s) {
        double lo = -1, hi = 2;
        int k = 9;
        double width = (hi - lo) / k;
        String net = call(KINK, lo, hi, k);
        double[] w = s.evalDoubleArray(net + ".w()");
        double[] b = s.evalDoubleArray(net + ".b()");
        s.check("|x − 0.3| on [−1, 2] with 9 buckets: number of hidden units", w.length == k - 1 && b.length == k - 1,
                "expected k − 1 = 8 hidden units (one per inner edge), got " + w.length);
        for (int j = 1; j < k; j++) {
            double edge = lo + j * width;
            if (!(Math.abs(-b[j - 1] / w[j - 1] - edge) < 1e-9)) {
                s.check("every hidden unit switches at its edge", false, "unit " + j + " switches at −b/w = "
                        + (-b[j - 1] / w[j - 1]) + "; it should be the inner edge t_" + j + " = lo + " + j + "·Δ");
            }
            if (!(w[j - 1] >= 20 / width)) {
                s.check("every hidden unit is a steep step", false, "unit " + j + " has the weight " + w[j - 1]
                        + "; make it at least 20/Δ so the ramp is much narrower than a bucket");
            }
        }
        s.check("every hidden unit is a steep step at its edge t_j = lo + j·Δ", true, "");
        s.check("k = 1 has no hidden units", s.evalDouble(call(EXP, -1, 1, 1) + ".hidden()") == 0,
                "with one bucket there is no inner edge, so w, b and v are empty arrays");
    }

    @Test
    @Points(1)
    void each_bucket_gets_the_value_of_f_at_its_centre(Session s) {
        double lo = -2, hi = 3;
        int k = 11;
        double width = (hi - lo) / k;
        String net = call(WAVY, lo, hi, k);
        s.checkHidden("output bias c of the 11-bucket network on [−2, 3]", net + ".c()", WAVY.f().applyAsDouble(lo + width / 2));
        double[] jumps = new double[k - 1];
        for (int j = 1; j < k; j++) {
            jumps[j - 1] = WAVY.f().applyAsDouble(lo + (j + 0.5) * width) - WAVY.f().applyAsDouble(lo + (j - 0.5) * width);
        }
        s.checkHidden("output weights v (jumps between neighbouring bucket values)", net + ".v()", jumps);
        s.checkHidden("k = 1 gives the constant f(centre)", call(EXP, -1, 1, 1) + ".g(0.7)", 1.0);
        // g at the centres: 2k points, so every other grid point is a centre
        double[] g = gridOfG(s, net, lo + width / 2, hi - width / 2, k - 1);
        for (int j = 0; j < k; j++) {
            double want = WAVY.f().applyAsDouble(lo + (j + 0.5) * width);
            s.check("g at the centre of bucket " + j, Math.abs(g[j] - want) < 1e-3,
                    "g(m_" + j + ") = " + g[j] + " is not the bucket's value f(m_" + j + ")");
        }
    }

    @Test
    @Points(1)
    void stays_within_the_error_bound_for_other_functions_and_k(Session s) {
        Object[][] cases = {   // function, lo, hi, k, max |f'| on [lo, hi]
            {EXP, -1.0, 1.0, 7, Math.E}, {COS3, 0.0, 2.0, 30, 3.0}, {KINK, -1.0, 2.0, 9, 1.0},
            {CUBIC, -1.5, 1.5, 16, 5.75}, {EXP, 0.0, 3.0, 100, Math.exp(3)},
        };
        s.evalDouble(call(EXP, -1.0, 1.0, 7) + ".g(-1.0)");      // a short label for the feedback if the network throws
        // The largest |g − f| of each case over 1201 grid points, all in ONE evaluation: a grid per case read back
        // in chunks took some 20 evaluations, each compiling a snippet, too slow for a loaded grading machine.
        // Only the distance is computed there; the bound is compared here.
        StringBuilder errors = new StringBuilder();
        for (Object[] c : cases) {
            Fn fn = (Fn) c[0];
            double lo = (double) c[1], hi = (double) c[2];
            errors.append(errors.length() == 0 ? "" : ", ")
                    .append("((java.util.function.ToDoubleFunction<TwoLayerNet>) net -> java.util.stream.IntStream.rangeClosed(0, 1200)")
                    .append(".mapToDouble(i -> { double t = ").append(lo).append(" + (").append(hi).append(" - (").append(lo)
                    .append(")) * i / 1200; return Math.abs(net.g(t) - ((java.util.function.DoubleUnaryOperator) (")
                    .append(fn.source()).append(")).applyAsDouble(t)); }).max().getAsDouble()).applyAsDouble(")
                    .append(call(fn, lo, hi, (int) c[3])).append(")");
        }
        double[] worst = s.evalDoubleArray("new double[] {" + errors + "}");
        for (int i = 0; i < cases.length; i++) {
            Object[] c = cases[i];
            Fn fn = (Fn) c[0];
            double lo = (double) c[1], hi = (double) c[2];
            int k = (int) c[3];
            double bound = (hi - lo) / (2.0 * k) * (double) c[4];
            String label = "f(x) = " + fn.source().substring(5) + " on [" + lo + ", " + hi + "] with k = " + k;
            s.check(label, worst[i] <= 1.05 * bound + 1e-9,
                    "max error " + worst[i] + " is above the bound (hi − lo)/(2k)·max|f'| = " + bound);
        }
    }
}
