// The identity "activation" f(x) = x, f' = 1: a network with only these between layers stays linear.
package org.nnworkbook.nn.activations;

/** {@code f(x) = x}, {@code f'(x) = 1}: stacking Linear layers with this between them is still one linear map. */
public final class Identity extends ActivationLayer {
    @Override
    public double apply(double x) {
        return x;
    }

    @Override
    public double derivative(double x) {
        return 1.0;
    }
}
