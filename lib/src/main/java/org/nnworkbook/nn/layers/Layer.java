// The building block of a network: forward and backward together; optimiser state does not live here.
package org.nnworkbook.nn.layers;

import java.util.List;
import org.nnworkbook.nn.Matrix;
import org.nnworkbook.nn.Model;
import org.nnworkbook.nn.Parameter;

/**
 * A module with a forward pass and, next to it, its backward pass. {@code forward} keeps what
 * {@code backward} will need (usually its input); {@code backward} receives dL/d(output), adds the
 * gradients of the layer's parameters into {@link Parameter#grad()}, and returns dL/d(input).
 *
 * <pre>
 * forward : input [batch, in]            → output [batch, out]
 * backward: dL/d(output) [batch, out]    → dL/d(input) [batch, in]   (+= parameter gradients)
 * </pre>
 *
 * A layer holds the input of its latest forward pass, so call {@code backward} right after the
 * {@code forward} it belongs to; layers are not thread-safe.
 */
public interface Layer extends Model {

    @Override
    Matrix forward(Matrix input);

    /** Backpropagates through the latest forward pass; returns dL/d(input). */
    Matrix backward(Matrix gradOutput);

    /**
     * As {@link #backward(Matrix)}, but may skip dL/d(input) (and return {@code null}) when
     * {@code inputGradient} is false: the first layer of a network needs only its parameter gradients,
     * which saves a third of the work of a training step.
     */
    default Matrix backward(Matrix gradOutput, boolean inputGradient) {
        return backward(gradOutput);
    }

    /**
     * The training loop's fast path: as {@link #forward}, but may write the output into {@code reuse} (a
     * matrix this layer returned before, or {@code null}) and return it, instead of allocating. Only
     * callers that no longer need the previous output pass it; the default simply calls {@code forward}.
     */
    default Matrix forwardInto(Matrix input, Matrix reuse) {
        return forward(input);
    }

    /** As {@link #backward(Matrix, boolean)}, but may write dL/d(input) into {@code reuse}. */
    default Matrix backwardInto(Matrix gradOutput, boolean inputGradient, Matrix reuse) {
        return backward(gradOutput, inputGradient);
    }

    /** The learnable parameters with their gradients (none for an activation). */
    default List<Parameter> parameters() {
        return List.of();
    }

    /** Zeroes the gradient of every parameter. */
    default void zeroGrad() {
        for (Parameter p : parameters()) {
            p.zeroGrad();
        }
    }
}
