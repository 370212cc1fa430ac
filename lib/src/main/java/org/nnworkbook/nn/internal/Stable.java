// Sigmoid, softmax and log-sum-exp written once, so that inputs of ±1000 neither overflow nor give NaN.
package org.nnworkbook.nn.internal;

/**
 * The numerically stable forms every part of the library uses ({@code Sigmoid}, {@code Value.sigmoid},
 * {@code Softmax}, {@code CrossEntropyLoss}, and through them the plots). Each works on plain numbers or
 * on a run of {@code n} values of an array starting at {@code from} (one row of a matrix).
 */
public final class Stable {
    private Stable() {}

    /** σ(x) = 1 / (1 + e^-x), with the exponent never positive: σ(-1000) is 0 and σ(1000) is 1, not NaN. */
    public static double sigmoid(double x) {
        if (x >= 0) {
            return 1.0 / (1.0 + Math.exp(-x));
        }
        double e = Math.exp(x);
        return e / (1.0 + e);
    }

    /** {@code log Σ_j e^{z[from + j]}} as {@code m + log Σ e^{z - m}} with {@code m} the largest value. */
    public static double logSumExp(double[] z, int from, int n) {
        double max = max(z, from, n);
        if (Double.isInfinite(max)) {
            return max;
        }
        double sum = 0;
        for (int j = 0; j < n; j++) {
            sum += Math.exp(z[from + j] - max);
        }
        return max + Math.log(sum);
    }

    /**
     * Writes {@code softmax(z[from .. from + n))} into {@code p[to .. to + n)} (the two may be the same
     * array and place) as {@code e^{z - m} / Σ e^{z - m}}, and returns {@code log Σ e^z}, which a
     * cross-entropy needs next.
     */
    public static double softmax(double[] z, int from, int n, double[] p, int to) {
        double max = max(z, from, n);
        double sum = 0;
        for (int j = 0; j < n; j++) {
            p[to + j] = Math.exp(z[from + j] - max);
            sum += p[to + j];
        }
        for (int j = 0; j < n; j++) {
            p[to + j] /= sum;
        }
        return max + Math.log(sum);
    }

    private static double max(double[] z, int from, int n) {
        double max = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < n; j++) {
            max = Math.max(max, z[from + j]);
        }
        return max;
    }
}
