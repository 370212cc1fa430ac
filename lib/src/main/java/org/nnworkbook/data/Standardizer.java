// Per-feature standardisation (z-scores) fitted on one matrix and applied to others; not a layer.
package org.nnworkbook.data;

import org.nnworkbook.nn.Matrix;
import org.nnworkbook.nn.ShapeException;

/**
 * Rescales each column to mean 0 and standard deviation 1, using the mean and standard deviation of the
 * matrix it was fitted on: {@code (x - mean) / std}. Fit it on training data only and apply the same
 * transform to validation and test data (or use {@link Split#standardized()}).
 *
 * <pre>{@code
 * jshell> var s = Standardizer.fit(train.x());
 * jshell> var xTest = s.transform(test.x());     // [n, d] → [n, d]
 * }</pre>
 */
public final class Standardizer {
    private final Matrix mean;   // [1, d]
    private final Matrix std;    // [1, d]

    private Standardizer(Matrix mean, Matrix std) {
        this.mean = mean;
        this.std = std;
    }

    /**
     * Per-column mean and (population) standard deviation of {@code x [n, d]}. A constant column gets std 1,
     * so it becomes all zeros instead of NaN.
     */
    public static Standardizer fit(Matrix x) {
        if (x.rows() == 0) {
            throw new IllegalArgumentException("Standardizer.fit: x has no rows, so there is no mean to learn; "
                    + "fit on the (non-empty) training features");
        }
        Matrix mean = x.mean(0);                                           // [1, d]
        Matrix variance = x.sub(mean).pow(2).mean(0);                      // [1, d]
        Matrix std = variance.map(v -> v > 1e-24 ? Math.sqrt(v) : 1.0);
        return new Standardizer(mean, std);
    }

    /** {@code (x - mean) / std}, column by column: {@code [n, d] → [n, d]}. */
    public Matrix transform(Matrix x) {
        if (x.cols() != mean.cols()) {
            throw ShapeException.in("Standardizer.transform")
                    .problem("x has %d features but the standardizer was fitted on %d", x.cols(), mean.cols())
                    .shape("x", x).shape("mean", mean)
                    .hint("transform data with the same columns as the data you fitted on").build();
        }
        return x.rows() == 0 ? x.copy() : x.sub(mean).div(std);
    }

    /** The fitted means {@code [1, d]} (a copy). */
    public Matrix mean() {
        return mean.copy();
    }

    /** The fitted standard deviations {@code [1, d]} (a copy; 1 for constant columns). */
    public Matrix std() {
        return std.copy();
    }

    @Override
    public String toString() {
        return "Standardizer over " + mean.cols() + " features\nmean " + mean + "\nstd  " + std;
    }
}
