// The argument and shape checks behind Matrix's methods, kept out of Matrix so it reads as its operations.
package org.nnworkbook.nn;

import org.nnworkbook.nn.internal.Check;

/** Throws {@link ShapeException}, {@link IllegalArgumentException} or {@link IndexOutOfBoundsException} with hints. */
final class MatrixChecks {
    private MatrixChecks() {}

    static void size(int rows, int cols) {
        Check.nonNegative("rows", rows);
        Check.nonNegative("cols", cols);
    }

    static void index(Matrix m, int i, int j) {
        if (i < 0 || i >= m.rows() || j < 0 || j >= m.cols()) {
            throw new IndexOutOfBoundsException("element (" + i + ", " + j + ") is outside a " + m.shape()
                    + " matrix; rows go 0.." + (m.rows() - 1) + " and columns 0.." + (m.cols() - 1));
        }
    }

    static void axis(int axis) {
        if (axis != 0 && axis != 1) {
            throw new IllegalArgumentException("axis must be 0 (down the columns) or 1 (across each row), got " + axis);
        }
    }

    static void sameShape(Matrix m, String op, Matrix other) {
        if (m.rows() != other.rows() || m.cols() != other.cols()) {
            throw ShapeException.in("Matrix." + op).problem("shapes differ")
                    .shape("this", m).shape("other", other)
                    .hint("in-place and comparison operations need two matrices of the same shape").build();
        }
    }

    /** {@code other} may have the same shape, or one row, or one column (NumPy broadcasting of one operand). */
    static void broadcast(Matrix m, String op, Matrix other) {
        boolean rowsFit = other.rows() == m.rows() || other.rows() == 1;
        boolean colsFit = other.cols() == m.cols() || other.cols() == 1;
        if (!rowsFit || !colsFit) {
            throw ShapeException.in("Matrix." + op).problem("shapes do not broadcast")
                    .shape("this", m).shape("other", other)
                    .hint("the other matrix must have the same shape, or be one row %s (a bias) or one column %s",
                            ShapeException.format(1, m.cols()), ShapeException.format(m.rows(), 1)).build();
        }
    }
}
