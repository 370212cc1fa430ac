// Losses and their gradients with respect to the prediction: MSE, L1, binary cross-entropy (on probabilities and on logits), cross-entropy, NLL.
/** Losses and their gradients with respect to the prediction: MSE, L1, binary cross-entropy (on probabilities and on logits), cross-entropy, NLL. */
package org.nnworkbook.nn.loss;
