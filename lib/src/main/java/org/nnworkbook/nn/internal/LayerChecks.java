// The checks at the top of every backward pass, so every layer words them the same way; internal.
package org.nnworkbook.nn.internal;

import org.nnworkbook.nn.Matrix;
import org.nnworkbook.nn.ShapeException;

/** A backward pass needs what its forward pass kept, and a gradient shaped like that pass's output. */
public final class LayerChecks {
    private LayerChecks() {}

    /** @param kept what backward uses, for the message: {@code "its input"} */
    public static void forwardRan(String layer, boolean ran, String kept) {
        if (!ran) {
            throw new IllegalStateException(layer + ".backward: call forward first; backward uses " + kept);
        }
    }

    /** {@code g} must be {@code [rows, cols]}, the shape of the latest output. */
    public static void gradientShape(String layer, Matrix g, int rows, int cols) {
        if (g.rows() != rows || g.cols() != cols) {
            throw ShapeException.in(layer + ".backward")
                    .problem("the gradient must have the shape of the latest output %s", ShapeException.format(rows, cols))
                    .shape("gradient", g).shape("output", rows, cols)
                    .hint("pass dL/d(output) of the forward pass just before this backward").build();
        }
    }
}
