// The library's layers: forward and backward written once, as protected passes that can reuse output matrices.
package org.nnworkbook.nn.layers;

import org.nnworkbook.nn.Matrix;
import org.nnworkbook.nn.ShapeException;

/**
 * A {@link Layer} whose two passes are written once, as {@link #forwardInto} and {@link #backwardInto}: they
 * may write their result into a matrix the layer returned before instead of allocating a new one, and the
 * backward pass may skip dL/d(input) when nobody needs it (the first layer of a network). The public
 * {@code forward} and {@code backward} are those passes with a fresh result; only {@link TrainingPasses}
 * (the {@code Trainer}'s view of a model) and {@link Sequential} use the reuse.
 *
 * <p>A layer written in a notebook does not need this class: implementing {@link Layer} is enough, and the
 * fast path then simply calls its {@code forward} and {@code backward}.
 */
public abstract class BufferReusingLayer implements Layer {

    @Override
    public final Matrix forward(Matrix input) {
        return forwardInto(input, null);
    }

    @Override
    public final Matrix backward(Matrix gradOutput) {
        return backwardInto(gradOutput, true, null);
    }

    /**
     * {@code forward}, writing the output into {@code reuse} when it is not {@code null} and has the output's
     * shape (see {@link #shaped}); the caller no longer needs what {@code reuse} held.
     */
    protected abstract Matrix forwardInto(Matrix input, Matrix reuse);

    /**
     * {@code backward}, writing dL/d(input) into {@code reuse} as {@link #forwardInto} does; when
     * {@code inputGradient} is false it only accumulates the parameter gradients and may return {@code null}.
     */
    protected abstract Matrix backwardInto(Matrix gradOutput, boolean inputGradient, Matrix reuse);

    /** {@link #forwardInto} of any layer: a layer that is not a {@code BufferReusingLayer} runs its {@code forward}. */
    protected static Matrix forwardInto(Layer layer, Matrix input, Matrix reuse) {
        return layer instanceof BufferReusingLayer fast ? fast.forwardInto(input, reuse) : layer.forward(input);
    }

    /** {@link #backwardInto} of any layer: a layer that is not a {@code BufferReusingLayer} runs its {@code backward}. */
    protected static Matrix backwardInto(Layer layer, Matrix gradOutput, boolean inputGradient, Matrix reuse) {
        return layer instanceof BufferReusingLayer fast
                ? fast.backwardInto(gradOutput, inputGradient, reuse)
                : layer.backward(gradOutput);
    }

    /** {@code reuse} when it has the wanted shape, else a new zero matrix. */
    protected static Matrix shaped(Matrix reuse, int rows, int cols) {
        return reuse != null && reuse.rows() == rows && reuse.cols() == cols ? reuse : Matrix.zeros(rows, cols);
    }

    /**
     * Throws unless forward ran before this backward.
     *
     * @param kept what backward uses, for the message: {@code "its input"}
     */
    protected static void requireForward(String layer, boolean ran, String kept) {
        if (!ran) {
            throw new IllegalStateException(layer + ".backward: call forward first; backward uses " + kept);
        }
    }

    /** Throws unless {@code g} is {@code [rows, cols]}, the shape of the latest output. */
    protected static void requireGradientShape(String layer, Matrix g, int rows, int cols) {
        if (g.rows() != rows || g.cols() != cols) {
            throw ShapeException.in(layer + ".backward")
                    .problem("the gradient must have the shape of the latest output %s", ShapeException.format(rows, cols))
                    .shape("gradient", g).shape("output", rows, cols)
                    .hint("pass dL/d(output) of the forward pass just before this backward").build();
        }
    }
}
