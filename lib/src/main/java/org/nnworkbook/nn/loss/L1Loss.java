// Mean absolute error (1/N)·Σ|p - t| and its gradient sign(p - t)/N (0 where p = t); for regression.
package org.nnworkbook.nn.loss;

import org.nnworkbook.nn.Matrix;

/**
 * {@code L = (1/N) Σ |p - t|}; {@code dL/dp = sign(p - t) / N}, taken as 0 where {@code p = t} (the
 * kink), as PyTorch does. Less sensitive to outliers than MSE.
 */
public final class L1Loss implements Loss {
    @Override
    public double value(Matrix p, Matrix t) {
        check(p, t);
        double s = 0;
        for (int i = 0; i < p.size(); i++) {
            s += Math.abs(p.data()[i] - t.data()[i]);
        }
        return s / p.size();
    }

    @Override
    public Matrix gradient(Matrix p, Matrix t) {
        check(p, t);
        Matrix g = Matrix.zeros(p.rows(), p.cols());
        for (int i = 0; i < p.size(); i++) {
            g.data()[i] = Math.signum(p.data()[i] - t.data()[i]) / p.size();
        }
        return g;
    }

    private static void check(Matrix p, Matrix t) {
        Targets.requireSameShape("L1Loss", p, t);
        Targets.requireNonEmpty("L1Loss", p);
    }

    @Override
    public String toString() {
        return "L1Loss()";
    }
}
