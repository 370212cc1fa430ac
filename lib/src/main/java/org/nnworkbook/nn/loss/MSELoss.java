// Mean squared error (1/N)·Σ(p - t)² and its gradient 2(p - t)/N; for regression.
package org.nnworkbook.nn.loss;

import org.nnworkbook.nn.Matrix;

/**
 * {@code L = (1/N) Σ (p - t)²} over all N elements; {@code dL/dp = 2(p - t) / N}.
 *
 * <p>With one output per example this is the lectures' {@code (1/n) Σ (g(x_i) - y_i)²}; with k outputs
 * it is the decks' {@code (1/n) Σ ||y_i - ŷ_i||²} divided by k (PyTorch's {@code nn.MSELoss}).
 */
public final class MSELoss implements Loss {
    @Override
    public double value(Matrix p, Matrix t) {
        check(p, t);
        double s = 0;
        for (int i = 0; i < p.size(); i++) {
            double d = p.data()[i] - t.data()[i];
            s += d * d;
        }
        return s / p.size();
    }

    @Override
    public Matrix gradient(Matrix p, Matrix t) {
        check(p, t);
        Matrix g = Matrix.zeros(p.rows(), p.cols());
        double scale = 2.0 / p.size();
        for (int i = 0; i < p.size(); i++) {
            g.data()[i] = scale * (p.data()[i] - t.data()[i]);
        }
        return g;
    }

    private static void check(Matrix p, Matrix t) {
        Targets.requireSameShape("MSELoss", p, t);
        Targets.requireNonEmpty("MSELoss", p);
    }

    @Override
    public String toString() {
        return "MSELoss()";
    }
}
