// The training loop (Trainer), its History and listeners, mini-batches, and evaluation (accuracy, confusion matrix).
/** The training loop (Trainer), its History and listeners, mini-batches, and evaluation (accuracy, confusion matrix). */
package org.nnworkbook.nn.train;
