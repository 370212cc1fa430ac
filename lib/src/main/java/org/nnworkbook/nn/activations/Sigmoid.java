// The logistic sigmoid σ(x) = 1/(1+e^-x) and σ' = σ(1-σ); computed without overflow for any x.
package org.nnworkbook.nn.activations;

import org.nnworkbook.nn.internal.Stable;

/** {@code σ(x) = 1 / (1 + e^-x)}, squashing to (0, 1); {@code σ'(x) = σ(x)(1 - σ(x))}, at most 1/4. */
public final class Sigmoid extends ActivationLayer {

    /** σ(x), written so that neither branch overflows: {@code σ(-1000)} is 0, not NaN. */
    public static double sigma(double x) {
        return Stable.sigmoid(x);
    }

    @Override
    public double apply(double x) {
        return sigma(x);
    }

    @Override
    public double derivative(double x) {
        double s = sigma(x);
        return s * (1 - s);
    }
}
