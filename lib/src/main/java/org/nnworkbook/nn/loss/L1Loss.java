// Mean absolute error (1/N)·Σ|p - t| and its gradient sign(p - t)/N (0 where p = t); for regression.
package org.nnworkbook.nn.loss;

/**
 * {@code L = (1/N) Σ |p - t|}; {@code dL/dp = sign(p - t) / N}, taken as 0 where {@code p = t} (the
 * kink), as PyTorch does. Less sensitive to outliers than MSE.
 */
public final class L1Loss extends ElementwiseLoss {
    public L1Loss() {
        super("L1Loss");
    }

    @Override
    double term(double p, double t) {
        return Math.abs(p - t);
    }

    @Override
    double gradient(double p, double t, int n) {
        return Math.signum(p - t) / n;
    }
}
