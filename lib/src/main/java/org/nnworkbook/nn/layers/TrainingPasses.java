// The training loop's view of a model: forward and backward that reuse last batch's matrices; not a layer.
package org.nnworkbook.nn.layers;

import org.nnworkbook.nn.Matrix;

/**
 * Runs a model's passes batch after batch without allocating: each forward writes into the output of the
 * previous one, and backward computes only the parameter gradients (nobody needs dL/d(input) of the network's
 * input), which saves a third of a training step. The results are bit for bit those of
 * {@code model.forward} and {@code model.backward}.
 *
 * <pre>
 * forward : x [batch, in] → output [batch, out]   (valid until the next forward)
 * backward: dL/d(output) [batch, out] → (parameter gradients += ...)
 * </pre>
 */
public final class TrainingPasses {
    private final Layer model;
    private Matrix output;

    public TrainingPasses(Layer model) {
        this.model = model;
    }

    /** The model's output for {@code x}, in a matrix this object reuses at the next call. */
    public Matrix forward(Matrix x) {
        output = BufferReusingLayer.forwardInto(model, x, output);
        return output;
    }

    /** Accumulates the parameter gradients of the latest forward pass. */
    public void backward(Matrix gradOutput) {
        BufferReusingLayer.backwardInto(model, gradOutput, false, null);
    }
}
