// One batch's figures, passed to listeners after each update (a record).
package org.nnworkbook.nn.train;

/**
 * Reported after each update. When a listener sees it, the parameters' gradients still hold this
 * batch's values (they are zeroed at the start of the next step), so it can read, say, the gradient
 * norm of each layer.
 *
 * @param epoch   1-based epoch number
 * @param batch   0-based index of the batch within the epoch
 * @param batches batches per epoch
 * @param size    examples in this batch
 * @param loss    the batch's loss before the update
 */
public record BatchResult(int epoch, int batch, int batches, int size, double loss) {
}
