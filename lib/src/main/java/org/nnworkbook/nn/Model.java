// Anything that maps a batch of inputs to a batch of outputs; the type plots and metrics accept.
package org.nnworkbook.nn;

/**
 * A function from inputs {@code [n, features]} to outputs {@code [n, outputs]}: a trained network, one
 * layer, or a lambda ({@code x -> x.matmul(w)}). Decision-boundary plots and accuracy helpers take a
 * {@code Model}.
 */
@FunctionalInterface
public interface Model {
    /** {@code input [n, features] → output [n, outputs]}. */
    Matrix forward(Matrix input);
}
