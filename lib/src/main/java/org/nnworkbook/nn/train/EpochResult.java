// One epoch's figures as the training loop reports them (a record); not the history itself.
package org.nnworkbook.nn.train;

import java.util.Locale;

/**
 * What one epoch achieved. {@code trainLoss} and {@code trainAccuracy} are averages over the epoch's
 * batches, each measured just before its update (as Keras reports them); the validation figures are
 * measured after the epoch on the validation set ({@code NaN} without one, and accuracies are
 * {@code NaN} for regression losses).
 *
 * @param epoch  1-based epoch number
 * @param epochs how many epochs the run was asked for
 * @param millis wall-clock time of the epoch, validation included
 */
public record EpochResult(int epoch, int epochs, double trainLoss, double trainAccuracy,
                          double validationLoss, double validationAccuracy, double learningRate, double millis) {

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "epoch %d/%d: loss %.4f", epoch, epochs, trainLoss));
        if (!Double.isNaN(trainAccuracy)) {
            sb.append(String.format(Locale.ROOT, ", accuracy %.4f", trainAccuracy));
        }
        if (!Double.isNaN(validationLoss)) {
            sb.append(String.format(Locale.ROOT, ", val loss %.4f", validationLoss));
        }
        if (!Double.isNaN(validationAccuracy)) {
            sb.append(String.format(Locale.ROOT, ", val accuracy %.4f", validationAccuracy));
        }
        return sb.append(String.format(Locale.ROOT, " (%.1f ms)", millis)).toString();
    }
}
