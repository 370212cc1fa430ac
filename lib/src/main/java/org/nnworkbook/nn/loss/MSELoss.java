// Mean squared error (1/N)·Σ(p - t)² and its gradient 2(p - t)/N; for regression.
package org.nnworkbook.nn.loss;

/**
 * {@code L = (1/N) Σ (p - t)²} over all N elements; {@code dL/dp = 2(p - t) / N}.
 *
 * <p>With one output per example this is the lectures' {@code (1/n) Σ (g(x_i) - y_i)²}; with k outputs
 * it is the decks' {@code (1/n) Σ ||y_i - ŷ_i||²} divided by k (PyTorch's {@code nn.MSELoss}).
 */
public final class MSELoss extends ElementwiseLoss {
    public MSELoss() {
        super("MSELoss");
    }

    @Override
    double term(double p, double t) {
        double d = p - t;
        return d * d;
    }

    @Override
    double gradient(double p, double t, int n) {
        return 2.0 / n * (p - t);
    }
}
