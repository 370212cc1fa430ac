// A matrix's shape as a value: rows and columns, printed as "[rows, cols]" like the shape errors print it.
package org.nnworkbook.nn;

/**
 * The shape {@code [rows, cols]} of a {@link Matrix}. Its text is what shape errors and notebooks show,
 * so {@code "x is " + x.shape()} reads {@code x is [32, 4]}; compare shapes with {@code equals}.
 *
 * <pre>{@code
 * jshell> Matrix.zeros(32, 4).shape()
 * $1 ==> [32, 4]
 * jshell> Matrix.zeros(32, 4).shape().equals(new Shape(32, 4))
 * $2 ==> true
 * }</pre>
 */
public record Shape(int rows, int cols) {

    @Override
    public String toString() {
        return ShapeException.format(rows, cols);
    }
}
