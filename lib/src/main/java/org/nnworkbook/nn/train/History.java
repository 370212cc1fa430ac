// The per-epoch record of a training run (losses, accuracies, rates, times), ready to plot; not a plot.
package org.nnworkbook.nn.train;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * What {@link Trainer#fit} returns: one {@link EpochResult} per epoch, plus every batch's loss. The
 * array accessors give one value per epoch, in order, for plotting training curves.
 *
 * <pre>{@code
 * jshell> var h = trainer.fit(x, y);
 * jshell> h.trainLoss()            // double[epochs]
 * jshell> h.last().validationAccuracy()
 * }</pre>
 */
public final class History {
    private final List<EpochResult> epochs = new ArrayList<>();
    private final List<Double> batchLosses = new ArrayList<>();
    private String stopReason = "";

    void add(EpochResult e) {
        epochs.add(e);
    }

    void addBatchLoss(double loss) {
        batchLosses.add(loss);
    }

    void stop(String reason) {
        stopReason = reason;
    }

    public List<EpochResult> epochs() {
        return Collections.unmodifiableList(epochs);
    }

    /** Epochs completed. */
    public int size() {
        return epochs.size();
    }

    /** The latest epoch's result. */
    public EpochResult last() {
        if (epochs.isEmpty()) {
            throw new IllegalStateException("no epoch has finished yet");
        }
        return epochs.get(epochs.size() - 1);
    }

    public double[] trainLoss() {
        return column(EpochResult::trainLoss);
    }

    public double[] trainAccuracy() {
        return column(EpochResult::trainAccuracy);
    }

    public double[] validationLoss() {
        return column(EpochResult::validationLoss);
    }

    public double[] validationAccuracy() {
        return column(EpochResult::validationAccuracy);
    }

    public double[] learningRates() {
        return column(EpochResult::learningRate);
    }

    /** Wall-clock milliseconds of each epoch. */
    public double[] millis() {
        return column(EpochResult::millis);
    }

    /** Every batch's loss in training order (the noisy curve of SGD). */
    public double[] batchLosses() {
        return batchLosses.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** Why training ended before its last epoch, or "" if it ran to the end. */
    public String stopReason() {
        return stopReason;
    }

    private double[] column(ToDoubleFunction<EpochResult> f) {
        return epochs.stream().mapToDouble(f).toArray();
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("epoch  train loss  train acc  val loss  val acc\n");
        for (EpochResult e : epochs) {
            sb.append(String.format(Locale.ROOT, "%5d  %10.4f  %9.4f  %8.4f  %7.4f%n", e.epoch(), e.trainLoss(),
                    e.trainAccuracy(), e.validationLoss(), e.validationAccuracy()));
        }
        if (!stopReason.isEmpty()) {
            sb.append("stopped: ").append(stopReason).append('\n');
        }
        return sb.toString();
    }
}
