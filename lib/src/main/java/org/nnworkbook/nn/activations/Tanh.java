// The hyperbolic tangent, zero-centred in (-1, 1), with tanh' = 1 - tanh².
package org.nnworkbook.nn.activations;

/** {@code tanh(x)} in (-1, 1), centred on zero; {@code tanh'(x) = 1 - tanh²(x)}. */
public final class Tanh extends ActivationLayer {
    @Override
    public double apply(double x) {
        return Math.tanh(x);
    }

    @Override
    public double derivative(double x) {
        double t = Math.tanh(x);
        return 1 - t * t;
    }
}
