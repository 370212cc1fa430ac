// Reuse of output matrices on the training hot path, so a step allocates (almost) nothing; internal.
package org.nnworkbook.nn.internal;

import org.nnworkbook.nn.Matrix;

/** Hands back {@code reuse} when it has the wanted shape, else a new zero matrix. */
public final class Buffers {
    private Buffers() {}

    public static Matrix shaped(Matrix reuse, int rows, int cols) {
        return reuse != null && reuse.rows() == rows && reuse.cols() == cols ? reuse : Matrix.zeros(rows, cols);
    }
}
