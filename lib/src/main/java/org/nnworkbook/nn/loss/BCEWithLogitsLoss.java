// Binary cross-entropy on raw scores z (sigmoid inside), in the stable form; the one to train with.
package org.nnworkbook.nn.loss;

import org.nnworkbook.nn.activations.Sigmoid;

/**
 * Binary cross-entropy of {@code σ(z)}, computed from the scores {@code z} as
 * {@code max(z, 0) - z·t + log(1 + e^{-|z|})}: the same value as {@code BCELoss(σ(z), t)} without ever
 * taking the log of 0, so {@code z = ±1000} is fine. The gradient is simply {@code (σ(z) - t) / N}. The
 * predicted class is 1 where {@code z >= 0}, i.e. {@code σ(z) >= 0.5}.
 */
public final class BCEWithLogitsLoss extends BinaryLoss {
    public BCEWithLogitsLoss() {
        super("BCEWithLogitsLoss", 0.0);
    }

    @Override
    double term(double z, double t) {
        return Math.max(z, 0) - z * t + Math.log1p(Math.exp(-Math.abs(z)));
    }

    @Override
    double gradient(double z, double t, int n) {
        return (Sigmoid.sigma(z) - t) / n;
    }
}
