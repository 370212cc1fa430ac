// Callbacks the training loop makes (start, each batch, each epoch, end): where progress bars and live plots hang.
package org.nnworkbook.nn.train;

import java.util.function.Consumer;

/**
 * Receives progress from {@link Trainer#fit}. Implement the methods you need, or use a factory:
 *
 * <pre>{@code
 * jshell> trainer.listener(TrainingListener.printing(5));                       // a line every 5 epochs
 * jshell> trainer.listener(TrainingListener.everyEpoch(e -> losses.add(e.trainLoss())));
 * }</pre>
 */
public interface TrainingListener {

    /** Before the first epoch. */
    default void onStart(int epochs, int batchesPerEpoch) {
    }

    /** After each update. */
    default void onBatch(BatchResult batch) {
    }

    /** After each epoch (and its validation). */
    default void onEpoch(EpochResult epoch) {
    }

    /** When training ends, normally or early. */
    default void onEnd(History history) {
    }

    static TrainingListener everyEpoch(Consumer<EpochResult> action) {
        return new TrainingListener() {
            @Override
            public void onEpoch(EpochResult epoch) {
                action.accept(epoch);
            }
        };
    }

    static TrainingListener everyBatch(Consumer<BatchResult> action) {
        return new TrainingListener() {
            @Override
            public void onBatch(BatchResult batch) {
                action.accept(batch);
            }
        };
    }

    /** Prints an epoch's result every {@code every} epochs and after the last one. */
    static TrainingListener printing(int every) {
        return everyEpoch(e -> {
            if (e.epoch() % every == 0 || e.epoch() == e.epochs()) {
                System.out.println(e);
            }
        });
    }
}
