// Base class of the element-wise activation layers: forward is f, backward multiplies by f'; no parameters.
package org.nnworkbook.nn.activations;

import org.nnworkbook.nn.Matrix;
import org.nnworkbook.nn.layers.BufferReusingLayer;

/**
 * An element-wise activation as a layer.
 *
 * <pre>
 * forward : x [batch, n] → f(x) [batch, n]
 * backward: g [batch, n] → g ⊙ f'(x) [batch, n]        (chain rule, element by element)
 * </pre>
 */
public abstract class ActivationLayer extends BufferReusingLayer implements Activation {
    private Matrix input;

    @Override
    protected Matrix forwardInto(Matrix x, Matrix reuse) {
        input = x;
        Matrix y = shaped(reuse, x.rows(), x.cols());
        double[] xd = x.data();
        double[] yd = y.data();
        for (int i = 0; i < xd.length; i++) {
            yd[i] = apply(xd[i]);
        }
        return y;
    }

    @Override
    protected Matrix backwardInto(Matrix g, boolean inputGradient, Matrix reuse) {
        Matrix x = latestInput(g);
        Matrix dx = shaped(reuse, x.rows(), x.cols());
        double[] xd = x.data();
        double[] gd = g.data();
        double[] dd = dx.data();
        for (int i = 0; i < xd.length; i++) {
            dd[i] = gd[i] * derivative(xd[i]);     // dL/dx = dL/dy · f'(x)
        }
        return dx;
    }

    /** The input of the latest forward pass, after checking {@code g} has its shape. */
    protected final Matrix latestInput(Matrix g) {
        requireForward(name(), input != null, "its input");
        requireGradientShape(name(), g, input.rows(), input.cols());
        return input;
    }

    /** Remembers {@code x} for backward (for subclasses with their own forward loop). */
    protected final void remember(Matrix x) {
        input = x;
    }

    /** The class's PyTorch-style name, e.g. {@code "ReLU"}. */
    public String name() {
        return getClass().getSimpleName();
    }

    @Override
    public String toString() {
        return name() + "()";
    }
}
