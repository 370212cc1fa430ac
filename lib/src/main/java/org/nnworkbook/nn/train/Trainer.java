// The training loop: seeded mini-batches, epochs, validation, listeners, history; not an optimiser or a loss.
package org.nnworkbook.nn.train;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.nnworkbook.nn.Matrix;
import org.nnworkbook.nn.ShapeException;
import org.nnworkbook.nn.internal.Check;
import org.nnworkbook.nn.layers.Layer;
import org.nnworkbook.nn.layers.TrainingPasses;
import org.nnworkbook.nn.loss.Loss;
import org.nnworkbook.nn.loss.Targets;
import org.nnworkbook.nn.optim.LearningRateSchedule;
import org.nnworkbook.nn.optim.Optimizer;

/**
 * Trains a model with mini-batch gradient descent and records a {@link History}.
 *
 * <pre>{@code
 * jshell> var net = Sequential.mlp(new Random(1), ReLU::new, Initializer.heNormal(), 64, 128, 10);
 * jshell> var history = new Trainer(net, new CrossEntropyLoss(), new SGD(net.parameters(), 0.1))
 *    ...>     .epochs(20).batchSize(32).seed(7)
 *    ...>     .validation(xTest, yTest)
 *    ...>     .listener(TrainingListener.printing(5))
 *    ...>     .fit(xTrain, yTrain);
 * }</pre>
 *
 * Same model weights, data, settings and seed: bit-identical history and weights. If the loss becomes
 * NaN or infinite, training stops and {@link History#stopReason()} says when.
 */
public final class Trainer {
    private final Layer model;
    private final Loss loss;
    private final Optimizer optimizer;
    private int epochs = 10;
    private int batchSize = 32;
    private long seed = 0;
    private boolean shuffle = true;
    private Matrix xValidation;
    private Matrix yValidation;
    private LearningRateSchedule schedule = LearningRateSchedule.constant();
    private final List<TrainingListener> listeners = new ArrayList<>();
    private volatile boolean stopRequested;

    public Trainer(Layer model, Loss loss, Optimizer optimizer) {
        this.model = model;
        this.loss = loss;
        this.optimizer = optimizer;
    }

    public Trainer epochs(int epochs) {
        this.epochs = Check.positive("epochs", epochs);
        return this;
    }

    public Trainer batchSize(int batchSize) {
        this.batchSize = Check.positive("batch size", batchSize);
        return this;
    }

    /** Seed of the shuffling (default 0). */
    public Trainer seed(long seed) {
        this.seed = seed;
        return this;
    }

    /** Whether to reshuffle the examples every epoch (default true). */
    public Trainer shuffle(boolean shuffle) {
        this.shuffle = shuffle;
        return this;
    }

    /** A held-out set, evaluated after every epoch. */
    public Trainer validation(Matrix x, Matrix y) {
        requireSameRows("Trainer.validation", x, y);
        this.xValidation = x;
        this.yValidation = y;
        return this;
    }

    /** The learning rate per epoch, starting from the optimiser's rate when {@code fit} begins. */
    public Trainer schedule(LearningRateSchedule schedule) {
        this.schedule = schedule;
        return this;
    }

    public Trainer listener(TrainingListener listener) {
        listeners.add(listener);
        return this;
    }

    /** Asks a running {@code fit} to stop after the current epoch (e.g. from a listener). */
    public void requestStop() {
        stopRequested = true;
    }

    /** Trains on {@code x [n, features]}, {@code y [n, targets]} and returns what happened, epoch by epoch. */
    public History fit(Matrix x, Matrix y) {
        requireSameRows("Trainer.fit", x, y);
        stopRequested = false;
        MiniBatches batches = new MiniBatches(x, y, batchSize, new Random(seed));
        History history = new History();
        double initialRate = optimizer.learningRate();
        listeners.forEach(l -> l.onStart(epochs, batches.count()));
        TrainingPasses passes = new TrainingPasses(model);
        Matrix grad = null;
        for (int epoch = 1; epoch <= epochs && !stopRequested; epoch++) {
            long start = System.nanoTime();
            optimizer.setLearningRate(schedule.rate(epoch - 1, initialRate));
            if (shuffle) {
                batches.shuffle();
            }
            double lossSum = 0;
            long correct = 0;
            for (int b = 0; b < batches.count(); b++) {
                MiniBatches.Batch batch = batches.fill(b);
                // 1. forward: predictions for this batch            [B, outputs]
                optimizer.zeroGrad();
                Matrix out = passes.forward(batch.x());
                // 2. loss and its gradient with respect to the predictions
                if (grad == null || grad.rows() != out.rows() || grad.cols() != out.cols()) {
                    grad = Matrix.zeros(out.rows(), out.cols());
                }
                double batchLoss = loss.valueAndGradient(out, batch.y(), grad);
                if (!Double.isFinite(batchLoss)) {
                    history.stop("the loss became " + batchLoss + " in epoch " + epoch + ", batch " + b
                            + "; a smaller learning rate (now " + optimizer.learningRate() + ") usually helps");
                    listeners.forEach(l -> l.onEnd(history));
                    return history;
                }
                if (loss.classifies()) {
                    correct += countEqual(loss.predictedClasses(out), Targets.classes(batch.y()));
                }
                // 3. backward: parameter gradients (the input needs none), then the update
                passes.backward(grad);
                optimizer.step();
                lossSum += batchLoss * batch.size();
                history.addBatchLoss(batchLoss);
                BatchResult result = new BatchResult(epoch, b, batches.count(), batch.size(), batchLoss);
                listeners.forEach(l -> l.onBatch(result));
            }
            double trainAccuracy = loss.classifies() ? (double) correct / x.rows() : Double.NaN;
            double valLoss = Double.NaN;
            double valAccuracy = Double.NaN;
            if (xValidation != null) {
                Matrix valOut = model.forward(xValidation);
                valLoss = loss.value(valOut, yValidation);
                if (loss.classifies()) {
                    valAccuracy = (double) countEqual(loss.predictedClasses(valOut),
                            Targets.classes(yValidation)) / xValidation.rows();
                }
            }
            double millis = (System.nanoTime() - start) / 1e6;
            EpochResult result = new EpochResult(epoch, epochs, lossSum / x.rows(), trainAccuracy, valLoss, valAccuracy,
                    optimizer.learningRate(), millis);
            history.add(result);
            listeners.forEach(l -> l.onEpoch(result));
        }
        if (stopRequested && history.size() < epochs) {
            history.stop("a listener asked to stop after epoch " + history.size());
        }
        listeners.forEach(l -> l.onEnd(history));
        return history;
    }

    private static long countEqual(int[] a, int[] b) {
        long n = 0;
        for (int i = 0; i < a.length; i++) {
            n += a[i] == b[i] ? 1 : 0;
        }
        return n;
    }

    private static void requireSameRows(String op, Matrix x, Matrix y) {
        if (x.rows() != y.rows()) {
            throw ShapeException.in(op).problem("x has %d examples but y has %d", x.rows(), y.rows())
                    .shape("x", x).shape("y", y).hint("x and y need one row per example, in the same order").build();
        }
        if (x.rows() == 0) {
            throw new IllegalArgumentException(op + ": the data set is empty; pass at least one example");
        }
    }
}
