// Optimisers that keep their own state (SGD, momentum, Adam) and learning-rate schedules.
/** Optimisers that keep their own state (SGD, momentum, Adam) and learning-rate schedules. */
package org.nnworkbook.nn.optim;
