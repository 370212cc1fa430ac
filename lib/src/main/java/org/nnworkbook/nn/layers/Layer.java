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
 *
 * <p>That is the whole contract: a layer of your own implements {@code forward} and {@code backward}
 * (and {@code parameters} when it learns something). The library's layers extend
 * {@link BufferReusingLayer}, which adds a faster path for the {@code Trainer} behind protected methods.
 */
public interface Layer extends Model {

    @Override
    Matrix forward(Matrix input);

    /** Backpropagates through the latest forward pass; returns dL/d(input). */
    Matrix backward(Matrix gradOutput);

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
