// The maths hidden tests compare students' results with: stable formulas and central differences, written once.
package org.nnworkbook.grader.api;

import java.util.Arrays;
import java.util.function.ToDoubleFunction;

/**
 * Reference values for hidden tests, written here once and on purpose apart from the library the
 * notebooks use (a hidden test must not share a bug with the code a student may call). The formulas
 * are the stable ones, so references stay exact where a naive student answer overflows:
 * <pre>
 * double expected = Reference.sigmoid(-800);                           // 0.0, not NaN
 * double[] slope = Reference.gradient(p -&gt; bce(p, y), predictions);   // what a gradient must match
 * </pre>
 */
public final class Reference {
    /**
     * The step of {@link #gradient}: its error h²·|f'''|/6 stays below a 1e-6 check for the workbook's losses
     * (BCE at p = 0.03 has |f'''| near 7e4), and rounding error ε·|f|/h stays near 1e-10.
     */
    public static final double STEP = 1e-6;

    private Reference() {
    }

    /** σ(z) = 1 / (1 + e^-z) with the exponent never positive: σ(-1000) is 0 and σ(1000) is 1. */
    public static double sigmoid(double z) {
        return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
    }

    /** log Σ e^z as m + log Σ e^(z - m) with m the largest entry: finite for z = {1000, 1000}. */
    public static double logSumExp(double... z) {
        double m = Double.NEGATIVE_INFINITY;
        for (double v : z) {
            m = Math.max(m, v);
        }
        double sum = 0;
        for (double v : z) {
            sum += Math.exp(v - m);
        }
        return m + Math.log(sum);
    }

    /** softmax(z)[k] = e^(z_k - m) / Σ e^(z - m), m the largest entry (dividing keeps the sum 1 to the last bit or two). */
    public static double[] softmax(double... z) {
        double m = Double.NEGATIVE_INFINITY;
        for (double v : z) {
            m = Math.max(m, v);
        }
        double[] p = new double[z.length];
        double sum = 0;
        for (int k = 0; k < z.length; k++) {
            p[k] = Math.exp(z[k] - m);
            sum += p[k];
        }
        for (int k = 0; k < z.length; k++) {
            p[k] /= sum;
        }
        return p;
    }

    /** Central differences (f(x + h·e_i) - f(x - h·e_i)) / 2h, h = {@link #STEP}, for every entry of x (not changed). */
    public static double[] gradient(ToDoubleFunction<double[]> f, double[] x) {
        double[] g = new double[x.length];
        double[] moved = x.clone();
        for (int i = 0; i < x.length; i++) {
            moved[i] = x[i] + STEP;
            double up = f.applyAsDouble(moved);
            moved[i] = x[i] - STEP;
            double down = f.applyAsDouble(moved);
            moved[i] = x[i];
            g[i] = (up - down) / (2 * STEP);
        }
        return g;
    }

    /** Central differences of f with respect to every entry of a matrix x (not changed), row after row: [rows · cols]. */
    public static double[] gradientOfMatrix(ToDoubleFunction<double[][]> f, double[][] x) {
        return gradient(entries -> f.applyAsDouble(rowsOf(entries, x)), flatten(x));
    }

    /** {@code entries} cut into rows as long as those of {@code shape}. */
    private static double[][] rowsOf(double[] entries, double[][] shape) {
        double[][] m = new double[shape.length][];
        int at = 0;
        for (int i = 0; i < shape.length; i++) {
            m[i] = Arrays.copyOfRange(entries, at, at + shape[i].length);
            at += shape[i].length;
        }
        return m;
    }

    /** The entries of a matrix row after row, as {@link Literals#flattened} reads a student's. */
    public static double[] flatten(double[][] m) {
        return concat(m);
    }

    /** The arrays one after the other. */
    public static double[] concat(double[]... parts) {
        int n = 0;
        for (double[] p : parts) {
            n += p.length;
        }
        double[] out = new double[n];
        int at = 0;
        for (double[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }
}
