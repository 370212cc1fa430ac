// A layer whose real backward pass is backwardInto (it can write into a reused buffer); not public API.
package org.nnworkbook.nn.layers;

import org.nnworkbook.nn.Matrix;

/**
 * For layers that implement {@link #backwardInto} themselves: the plain {@code backward} overloads
 * become that method with a fresh output, so each such layer writes its backward pass once.
 */
interface BufferReusingLayer extends Layer {

    @Override
    default Matrix backward(Matrix gradOutput) {
        return backward(gradOutput, true);
    }

    @Override
    default Matrix backward(Matrix gradOutput, boolean inputGradient) {
        return backwardInto(gradOutput, inputGradient, null);
    }

    @Override
    Matrix backwardInto(Matrix gradOutput, boolean inputGradient, Matrix reuse);
}
