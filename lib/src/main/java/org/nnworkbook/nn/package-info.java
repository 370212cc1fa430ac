// The types a student touches first: Matrix, Value (scalar autograd), ValueMlp, Model, Parameter, ShapeException.
/**
 * The neural-network library of the NN workbook. Start here: {@link org.nnworkbook.nn.Matrix} for data and
 * weights, {@link org.nnworkbook.nn.Value} for backpropagation one number at a time. Layers, activations,
 * losses, initialisers, optimisers, the training loop and the gradient checker live in the sub-packages;
 * {@code org.nnworkbook.NN} gathers their factories for notebooks.
 */
package org.nnworkbook.nn;
