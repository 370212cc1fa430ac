// Binary cross-entropy on probabilities (after a sigmoid); not stable for saturated outputs (use BCEWithLogitsLoss).
package org.nnworkbook.nn.loss;

import org.nnworkbook.nn.Matrix;

/**
 * {@code L = -(1/N) Σ [t·log p + (1 - t)·log(1 - p)]} for probabilities {@code p} in [0, 1] and targets
 * {@code t} in [0, 1]; {@code dL/dp = (p - t) / (p(1 - p)) / N}.
 *
 * <p>As in PyTorch, each log is clamped at -100 and the gradient's denominator at 1e-12, so a
 * prediction of exactly 0 or 1 gives a large finite loss instead of infinity. On raw scores use
 * {@link BCEWithLogitsLoss}, which is exact there.
 */
public final class BCELoss implements Loss {
    private static final double LOG_FLOOR = -100;

    @Override
    public double value(Matrix p, Matrix t) {
        check(p, t);
        double s = 0;
        for (int i = 0; i < p.size(); i++) {
            double pi = p.data()[i];
            double ti = t.data()[i];
            s -= ti * Math.max(Math.log(pi), LOG_FLOOR) + (1 - ti) * Math.max(Math.log1p(-pi), LOG_FLOOR);
        }
        return s / p.size();
    }

    @Override
    public Matrix gradient(Matrix p, Matrix t) {
        check(p, t);
        Matrix g = Matrix.zeros(p.rows(), p.cols());
        for (int i = 0; i < p.size(); i++) {
            double pi = p.data()[i];
            g.data()[i] = (pi - t.data()[i]) / Math.max(pi * (1 - pi), 1e-12) / p.size();
        }
        return g;
    }

    private static void check(Matrix p, Matrix t) {
        Targets.requireSameShape("BCELoss", p, t);
        Targets.requireNonEmpty("BCELoss", p);
        for (double v : p.data()) {
            if (!(v >= 0 && v <= 1)) {
                throw new IllegalArgumentException("BCELoss: predictions must be probabilities in [0, 1], found " + v
                        + "; put a Sigmoid before it, or use BCEWithLogitsLoss on the raw scores");
            }
        }
    }

    @Override
    public boolean classifies() {
        return true;
    }

    /** Class 1 where {@code p >= 0.5}. */
    @Override
    public int[] predictedClasses(Matrix p) {
        return Binary.classes(p, 0.5);
    }

    @Override
    public String toString() {
        return "BCELoss()";
    }
}
