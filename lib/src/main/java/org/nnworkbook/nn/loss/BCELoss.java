// Binary cross-entropy on probabilities (after a sigmoid); not stable for saturated outputs (use BCEWithLogitsLoss).
package org.nnworkbook.nn.loss;

import org.nnworkbook.nn.Matrix;

/**
 * {@code L = -(1/N) Σ [t·log p + (1 - t)·log(1 - p)]} for probabilities {@code p} in [0, 1] and targets
 * {@code t} in [0, 1]; {@code dL/dp = (p - t) / (p(1 - p)) / N}.
 *
 * <p>As in PyTorch, each log is clamped at -100 and the gradient's denominator at 1e-12, so a
 * prediction of exactly 0 or 1 gives a large finite loss instead of infinity. On raw scores use
 * {@link BCEWithLogitsLoss}, which is exact there. The predicted class is 1 where {@code p >= 0.5}.
 */
public final class BCELoss extends BinaryLoss {
    private static final double LOG_FLOOR = -100;

    public BCELoss() {
        super("BCELoss", 0.5);
    }

    @Override
    double term(double p, double t) {
        return -(t * Math.max(Math.log(p), LOG_FLOOR) + (1 - t) * Math.max(Math.log1p(-p), LOG_FLOOR));
    }

    @Override
    double gradient(double p, double t, int n) {
        return (p - t) / Math.max(p * (1 - p), 1e-12) / n;
    }

    @Override
    void checkPredictions(Matrix p) {
        for (double v : p.data()) {
            if (!(v >= 0 && v <= 1)) {
                throw new IllegalArgumentException("BCELoss: predictions must be probabilities in [0, 1], found " + v
                        + "; put a Sigmoid before it, or use BCEWithLogitsLoss on the raw scores");
            }
        }
    }
}
