// Shared by notebook 04's hidden tests (not a test): a batch of a student's functions at many points, run as ONE
// evaluation in the student's VM (each evaluation compiles a snippet, so fewer is faster), compared here.
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.DoubleUnaryOperator;
import java.util.stream.DoubleStream;
import org.nnworkbook.grader.api.Literals;
import org.nnworkbook.grader.api.Session;

final class Probe {
    /** One array to compute in the student's VM: body (an expression of var) at each point. */
    private record Part(String var, String body, double[] points) {
    }

    /** A check to make once the values are back; parts are indices into the batch. */
    private interface Check {
        void run(Session s, List<double[]> values);
    }

    private final Session s;
    private final String what;
    private final List<Part> parts = new ArrayList<>();
    private final List<Check> checks = new ArrayList<>();

    private Probe(Session s, String what) {
        this.s = s;
        this.what = what;
    }

    /** A batch of checks of {@code what} (e.g. "your sigmoid"), named in messages if the student's code throws. */
    static Probe of(Session s, String what) {
        return new Probe(s, what);
    }

    private int part(String var, String body, double[] points) {
        parts.add(new Part(var, body, points));
        return parts.size() - 1;
    }

    /** fn (an expression of z) must match the reference at every point; a miss names the input, not the expected value. */
    Probe matches(String label, String fn, double[] zs, DoubleUnaryOperator reference) {
        return matches(label, "z", fn, zs, reference);
    }

    Probe matches(String label, String var, String fn, double[] zs, DoubleUnaryOperator reference) {
        int p = part(var, fn, zs);
        checks.add((session, values) -> {
            double[] got = values.get(p);
            for (int i = 0; i < zs.length; i++) {
                if (!close(got[i], reference.applyAsDouble(zs[i]), 1e-9)) {
                    session.check(label, false, "wrong at " + var + " = " + zs[i] + ": " + fn + " gave " + num(got[i]));
                }
            }
            session.check(label + " (checked at " + zs.length + " inputs)", true, "");
        });
        return this;
    }

    /** A value the notebook states (a convention at a kink), so the expected value may be shown. */
    Probe exactly(String call, double expected) {
        int p = part("unused", call, new double[] {0});
        checks.add((session, values) -> {
            double got = values.get(p)[0];
            session.check(call + (close(got, expected, 1e-9) ? " = " + got : ""), close(got, expected, 1e-9),
                    "got " + got + ", expected " + expected);
        });
        return this;
    }

    /** Runs every part in one evaluation, then every check in the order they were added. */
    void run() {
        List<double[]> values = s.evalDoubleArrays(what, parts.stream().map(p -> "java.util.Arrays.stream("
                + Literals.of(p.points()) + ").map(" + p.var() + " -> " + p.body() + ").toArray()").toList());
        for (Check c : checks) {
            c.run(s, values);
        }
    }

    /** n points uniform in [lo, hi] from a fixed seed, none closer than 1e-3 to 0 (where the kinks are). */
    static double[] points(long seed, int n, double lo, double hi) {
        Random rng = new Random(seed);
        return DoubleStream.generate(() -> lo + (hi - lo) * rng.nextDouble()).filter(z -> Math.abs(z) >= 1e-3)
                .limit(n).toArray();
    }

    static boolean close(double got, double want, double tol) {
        return Math.abs(got - want) <= tol * Math.max(1, Math.abs(want));
    }

    /** All the digits (Double.toString), so a wrong value never prints as the right one rounded. */
    static String num(double v) {
        return Double.toString(v);
    }
}
