// Training listeners that show progress while fit runs: updated in place in a notebook, plain lines elsewhere.
package org.nnworkbook.plot;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.nnworkbook.data.Dataset;
import org.nnworkbook.nn.Model;
import org.nnworkbook.nn.train.EpochResult;
import org.nnworkbook.nn.train.History;
import org.nnworkbook.nn.train.TrainingListener;

/**
 * Watch a network train. Each factory returns a {@link TrainingListener} for {@code Trainer.listener(...)}:
 *
 * <pre>{@code
 * jshell> trainer(net, crossEntropy(), adam(net, 0.01)).epochs(200)
 *    ...>     .listener(Live.progress())                      // epoch i/N, loss, val accuracy, time left
 *    ...>     .listener(Live.boundary(net, data, 10))         // the decision boundary, redrawn every 10 epochs
 *    ...>     .fit(data.x(), data.y());
 * }</pre>
 *
 * In a notebook each listener owns one output of the cell and replaces it as training goes (Jupyter's display
 * ids), so the cell shows one progress line and one picture that change, not hundreds. Outside a notebook
 * (tests, the command line) {@link #progress()} prints about ten plain lines and the picture listeners print
 * one line at the end. A listener can be reused: each {@code fit} starts a new display.
 */
public final class Live {
    /** At most this many display updates per second from one progress line (fast epochs would flood Jupyter). */
    static final double UPDATES_PER_SECOND = 10;

    private Live() {}

    /** A progress line: epoch i/N, a bar, the epoch's loss, validation accuracy when there is one, time left. */
    public static TrainingListener progress() {
        return new Progress(System.out);
    }

    /**
     * The decision boundary of {@code model} over {@code data}, drawn at the start and redrawn every
     * {@code everyEpochs} epochs and after the last one; the title says the epoch and the loss. Checked at once:
     * a model that does not fit the data fails here, not in the middle of training.
     */
    public static TrainingListener boundary(Model model, Dataset data, int everyEpochs) {
        BoundaryPlot plot = Plots.boundary(model, data);
        if (plot.hasOneOutput()) {
            throw new IllegalArgumentException("Live.boundary: the model has one output column, a logit or a"
                    + " probability; say which by passing the plot: Live.boundary(Plots.boundary(model, data)"
                    + ".logits(true), " + everyEpochs + ") (false for a sigmoid output trained with bce())");
        }
        return boundary(plot, everyEpochs);
    }

    /** As {@link #boundary(Model, Dataset, int)} for a plot set up beforehand (e.g. {@code .logits(true)}); the title is replaced. */
    public static TrainingListener boundary(BoundaryPlot plot, int everyEpochs) {
        plot.requireOutputMeaning();       // checked at once, not in the middle of training
        return new Redrawn("Live.boundary", everyEpochs, true, System.out, (epochs, title) -> plot.title(title));
    }

    /** Training curves (loss, and accuracy when recorded), redrawn every {@code everyEpochs} epochs and at the end. */
    public static TrainingListener curves(int everyEpochs) {
        return new Redrawn("Live.curves", everyEpochs, false, System.out, CurvePlots::curves);
    }

    static String clock(double seconds) {
        if (seconds < 60) {
            return String.format(Locale.ROOT, "%.1f s", seconds);
        }
        long s = Math.round(seconds);
        return s / 60 + " min " + s % 60 + " s";
    }

    /** The progress line. */
    static final class Progress implements TrainingListener {
        private final PrintStream out;
        private NotebookDisplay display;
        private int epochs;
        private long start;
        private long lastUpdate;

        Progress(PrintStream out) {
            this.out = out;
        }

        @Override
        public void onStart(int epochCount, int batchesPerEpoch) {
            epochs = epochCount;
            start = System.nanoTime();
            lastUpdate = 0;
            display = NotebookDisplay.Kernel.open("epoch 0/" + epochs + "  " + bar(0) + "  starting...");
        }

        @Override
        public void onEpoch(EpochResult e) {
            long now = System.nanoTime();
            if (display != null) {
                if (e.epoch() == e.epochs() || (now - lastUpdate) / 1e9 >= 1 / UPDATES_PER_SECOND) {
                    display.update(line(e, now));
                    lastUpdate = now;
                }
            } else if (e.epoch() % Math.max(1, e.epochs() / 10) == 0 || e.epoch() == e.epochs()) {
                out.println(line(e, now));
            }
        }

        @Override
        public void onEnd(History history) {
            double seconds = (System.nanoTime() - start) / 1e9;
            String end = history.size() == 0 ? "stopped before the first epoch ended"
                    : "done: " + history.size() + " epochs in " + clock(seconds) + ", " + figures(history.last());
            if (!history.stopReason().isEmpty()) {
                end += "; stopped early: " + history.stopReason();
            }
            if (display != null) {
                display.update(end);
            } else {
                out.println(end);
            }
        }

        String line(EpochResult e, long now) {
            double elapsed = (now - start) / 1e9;
            double left = elapsed / e.epoch() * (e.epochs() - e.epoch());
            return String.format(Locale.ROOT, "epoch %d/%d  %s  %s  %s elapsed, about %s left", e.epoch(), e.epochs(),
                    bar((double) e.epoch() / e.epochs()), figures(e), clock(elapsed), clock(left));
        }

        static String figures(EpochResult e) {
            StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "loss %.4f", e.trainLoss()));
            if (!Double.isNaN(e.validationLoss())) {
                sb.append(String.format(Locale.ROOT, ", val loss %.4f", e.validationLoss()));
            }
            if (!Double.isNaN(e.validationAccuracy())) {
                sb.append(String.format(Locale.ROOT, ", val accuracy %.4f", e.validationAccuracy()));
            } else if (!Double.isNaN(e.trainAccuracy())) {
                sb.append(String.format(Locale.ROOT, ", accuracy %.4f", e.trainAccuracy()));
            }
            return sb.toString();
        }

        /** 20 characters: filled blocks for the share done. */
        static String bar(double done) {
            int filled = (int) Math.round(20 * Math.max(0, Math.min(1, done)));
            return "[" + "#".repeat(filled) + "-".repeat(20 - filled) + "]";
        }
    }

    /** Makes the figure to show from the epochs so far and a title. */
    interface Drawing {
        Figure draw(List<EpochResult> epochs, String title);
    }

    /** A picture redrawn every few epochs; drawn only in a notebook (elsewhere nobody would see it). */
    static final class Redrawn implements TrainingListener {
        private final String name;
        private final int every;
        private final boolean drawBeforeTraining;
        private final PrintStream out;
        private final Drawing drawing;
        private final List<EpochResult> epochs = new ArrayList<>();
        private NotebookDisplay display;
        private int lastDrawn;

        Redrawn(String name, int every, boolean drawBeforeTraining, PrintStream out, Drawing drawing) {
            if (every < 1) {
                throw new IllegalArgumentException(name + ": everyEpochs is " + every
                        + "; pass how many epochs between pictures, e.g. 10");
            }
            this.name = name;
            this.every = every;
            this.drawBeforeTraining = drawBeforeTraining;
            this.out = out;
            this.drawing = drawing;
        }

        private static boolean inNotebook() {
            return NotebookDisplay.Kernel.connected();
        }

        @Override
        public void onStart(int epochCount, int batchesPerEpoch) {
            epochs.clear();
            lastDrawn = 0;
            display = null;
            if (inNotebook() && drawBeforeTraining) {
                display = NotebookDisplay.Kernel.open(snapshot("epoch 0/" + epochCount + ": before training"));
            }
        }

        @Override
        public void onEpoch(EpochResult e) {
            epochs.add(e);
            if (e.epoch() % every != 0 && e.epoch() != e.epochs()) {
                return;
            }
            lastDrawn = e.epoch();
            if (!inNotebook()) {
                return;
            }
            Figure picture = snapshot(String.format(Locale.ROOT, "epoch %d/%d: loss %.4f", e.epoch(), e.epochs(),
                    e.trainLoss()));
            if (display == null) {
                display = NotebookDisplay.Kernel.open(picture);
            } else {
                display.update(picture);
            }
        }

        /**
         * The picture as it is now, a Figure whose text names the epoch (what a text-only front end shows). Drawn at
         * once: a boundary plot is one object redrawn with each new title, so it cannot be sent itself.
         */
        private Figure snapshot(String title) {
            return new Picture(drawing.draw(epochs, title).image(), "\"" + title + "\"");
        }

        @Override
        public void onEnd(History history) {
            if (!inNotebook()) {
                out.println(name + ": " + (lastDrawn == 0 ? "no epoch finished" : "would have redrawn up to epoch " + lastDrawn)
                        + "; not in a notebook, so nothing was drawn (Plots draws the same picture for save(\"file.png\"))");
            }
        }
    }
}
