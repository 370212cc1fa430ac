// An element-wise non-linearity as a pair of scalar functions, f and f'; not a layer by itself.
package org.nnworkbook.nn.activations;

import org.nnworkbook.nn.Matrix;

/**
 * A function applied to each element, with its derivative. Every activation layer in this package is
 * also an {@code Activation}, so the same object can be plotted ({@code f} and {@code f'}), used on
 * numbers, or stacked in a network.
 *
 * <pre>{@code
 * jshell> var s = new Sigmoid();
 * jshell> s.apply(0.0) + " " + s.derivative(0.0)
 * $2 ==> "0.5 0.25"
 * }</pre>
 */
public interface Activation {

    /** {@code f(x)}. */
    double apply(double x);

    /** {@code f'(x)}, the derivative at {@code x} (each class documents its choice at kinks). */
    double derivative(double x);

    /** {@code f} applied to each element. */
    default Matrix apply(Matrix x) {
        return x.map(this::apply);
    }

    /** {@code f'} at each element. */
    default Matrix derivative(Matrix x) {
        return x.map(this::derivative);
    }
}
