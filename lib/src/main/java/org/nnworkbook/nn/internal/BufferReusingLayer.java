// A layer whose real passes are forwardInto and backwardInto (they can write into reused buffers); not public API.
package org.nnworkbook.nn.internal;

import org.nnworkbook.nn.Matrix;
import org.nnworkbook.nn.layers.Layer;

/**
 * For the library's layers that implement {@link #forwardInto} and {@link #backwardInto} themselves:
 * the plain {@code forward} and {@code backward} overloads become those methods with a fresh output,
 * so each such layer (Linear, Sequential, the activations, Maxout) writes each pass once.
 */
public interface BufferReusingLayer extends Layer {

    @Override
    default Matrix forward(Matrix input) {
        return forwardInto(input, null);
    }

    @Override
    default Matrix backward(Matrix gradOutput) {
        return backward(gradOutput, true);
    }

    @Override
    default Matrix backward(Matrix gradOutput, boolean inputGradient) {
        return backwardInto(gradOutput, inputGradient, null);
    }

    @Override
    Matrix forwardInto(Matrix input, Matrix reuse);

    @Override
    Matrix backwardInto(Matrix gradOutput, boolean inputGradient, Matrix reuse);
}
