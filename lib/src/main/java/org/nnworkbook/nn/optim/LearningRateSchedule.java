// How the learning rate changes with the epoch (constant, step decay, exponential, cosine); applied by Trainer.
package org.nnworkbook.nn.optim;

import org.nnworkbook.nn.internal.Check;

/**
 * The learning rate to use in a given epoch (counted from 0), given the initial one.
 *
 * <pre>{@code
 * jshell> var halve = LearningRateSchedule.stepDecay(10, 0.5);     // 0.1 for epochs 0-9, 0.05 for 10-19, ...
 * jshell> halve.rate(12, 0.1)
 * $2 ==> 0.05
 * }</pre>
 */
@FunctionalInterface
public interface LearningRateSchedule {

    /** The learning rate for {@code epoch} (0-based) when training started at {@code initial}. */
    double rate(int epoch, double initial);

    /** The same rate every epoch. */
    static LearningRateSchedule constant() {
        return (epoch, initial) -> initial;
    }

    /** Multiplied by {@code factor} every {@code every} epochs. */
    static LearningRateSchedule stepDecay(int every, double factor) {
        Check.positive("stepDecay: every", every);
        Check.positiveFinite("stepDecay: factor", factor, "0.5");
        return (epoch, initial) -> initial * Math.pow(factor, epoch / every);
    }

    /** Multiplied by {@code gamma} after every epoch: {@code initial·γ^epoch}. */
    static LearningRateSchedule exponential(double gamma) {
        Check.positiveFinite("exponential: gamma", gamma, "0.95");
        return (epoch, initial) -> initial * Math.pow(gamma, epoch);
    }

    /** Cosine annealing from {@code initial} down to {@code minimum} over {@code epochs} epochs. */
    static LearningRateSchedule cosine(int epochs, double minimum) {
        Check.positive("cosine: epochs", epochs);
        return (epoch, initial) -> minimum
                + (initial - minimum) * 0.5 * (1 + Math.cos(Math.PI * Math.min(epoch, epochs) / epochs));
    }
}
