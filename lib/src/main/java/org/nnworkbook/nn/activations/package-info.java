// Activation functions as scalar pairs f, f' and as layers: sigmoid, tanh, ReLU, leaky and parametric ReLU, ELU, sign, identity, maxout, softmax.
/** Activation functions as scalar pairs f, f' and as layers: sigmoid, tanh, ReLU, leaky and parametric ReLU, ELU, sign, identity, maxout, softmax. */
package org.nnworkbook.nn.activations;
