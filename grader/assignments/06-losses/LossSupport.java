// Shared by notebook 06's hidden tests: Java literals for the student's VM, reference losses, central differences.
import java.util.Arrays;
import java.util.Random;
import java.util.function.ToDoubleFunction;
import org.nnworkbook.grader.api.Session;

final class LossSupport {
    private LossSupport() {}

    static String lit(double[] a) {
        return org.nnworkbook.grader.api.Literals.of(a);
    }

    static String lit(int[] a) {
        return org.nnworkbook.grader.api.Literals.of(a);
    }

    static String lit(double[][] a) {
        return org.nnworkbook.grader.api.Literals.of(a);
    }

    /** The two arguments (predictions or logits, targets) of a loss call, as source code. */
    static String args(double[] g, double[] y) {
        return lit(g) + ", " + lit(y);
    }

    /** A double[][] result flattened in the student's VM, row after row. */
    static String flatten(String expression) {
        return org.nnworkbook.grader.api.Literals.flattened(expression);
    }

    static double[] flat(double[][] rows) {
        return Arrays.stream(rows).flatMapToDouble(Arrays::stream).toArray();
    }

    static double[] uniform(Random rng, int n, double lo, double hi) {
        return rng.doubles(n, lo, hi).toArray();
    }

    static double[] bits(Random rng, int n) {
        return rng.ints(n, 0, 2).asDoubleStream().toArray();
    }

    static double sigmoid(double z) {
        return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
    }

    static double logSumExp(double[] z) {
        double m = Arrays.stream(z).max().orElseThrow();
        return m + Math.log(Arrays.stream(z).map(v -> Math.exp(v - m)).sum());
    }

    static double crossEntropy(double[][] z, int[] y) {
        double s = 0;
        for (int i = 0; i < z.length; i++) {
            s += logSumExp(z[i]) - z[i][y[i]];
        }
        return s / z.length;
    }

    /** Central differences of a reference loss, h = 1e-6. */
    static double[] numericalGradient(ToDoubleFunction<double[]> loss, double[] g) {
        double h = 1e-6;
        double[] out = new double[g.length];
        for (int i = 0; i < g.length; i++) {
            double[] up = g.clone(), down = g.clone();
            up[i] += h;
            down[i] -= h;
            out[i] = (loss.applyAsDouble(up) - loss.applyAsDouble(down)) / (2 * h);
        }
        return out;
    }

    /**
     * Compares the student's gradient with central differences of the loss, entry by entry, with a tolerance that
     * allows for the differences' own error; the message names the first entry that is off and the student's value.
     */
    static void checkAgainstCentralDifferences(Session s, String label, double[] yours, double[] numeric) {
        if (yours.length != numeric.length) {
            s.check(label, false, "your gradient has " + yours.length + " entries, the batch has " + numeric.length
                    + " predictions: it needs one entry per prediction");
        }
        for (int i = 0; i < yours.length; i++) {
            double tolerance = 1e-6 * Math.max(1, Math.abs(numeric[i]));
            if (!(Math.abs(yours[i] - numeric[i]) <= tolerance)) {
                s.check(label, false, "entry " + i + " of your gradient is " + yours[i]
                        + ", which does not match the slope of the loss measured by central differences");
            }
        }
        s.check(label, true, "");
    }
}
