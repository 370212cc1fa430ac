// Seeded shuffling of a data set into mini-batches, one pass per epoch; not the training loop.
package org.nnworkbook.nn.train;

import java.util.Random;
import org.nnworkbook.nn.Matrix;
import org.nnworkbook.nn.ShapeException;
import org.nnworkbook.nn.internal.Check;

/**
 * Splits {@code x [n, features]} and {@code y [n, targets]} into batches of {@code batchSize} rows (the
 * last one may be smaller), in an order reshuffled by {@link #shuffle()} from a seeded generator: the
 * same seed gives the same batches.
 *
 * <pre>{@code
 * jshell> var batches = new MiniBatches(x, y, 32, 7);
 * jshell> for (int epoch = 0; epoch < 5; epoch++) {
 *    ...>     batches.shuffle();
 *    ...>     for (int b = 0; b < batches.count(); b++) { var batch = batches.get(b); ... }
 *    ...> }
 * }</pre>
 */
public final class MiniBatches {
    private final Matrix x;
    private final Matrix y;
    private final int batchSize;
    private final Random rng;
    private final int[] order;
    private Batch full;      // reused buffers for the training loop
    private Batch last;

    /** One example and its target(s); rows of {@code x} and {@code y} correspond. */
    public record Batch(Matrix x, Matrix y) {
        public int size() {
            return x.rows();
        }
    }

    public MiniBatches(Matrix x, Matrix y, int batchSize, long seed) {
        this(x, y, batchSize, new Random(seed));
    }

    public MiniBatches(Matrix x, Matrix y, int batchSize, Random rng) {
        if (x.rows() != y.rows()) {
            throw ShapeException.in("MiniBatches").problem("x has %d examples but y has %d", x.rows(), y.rows())
                    .shape("x", x).shape("y", y).hint("x and y need one row per example, in the same order").build();
        }
        if (x.rows() == 0) {
            throw new IllegalArgumentException("MiniBatches: the data set is empty; pass at least one example");
        }
        this.x = x;
        this.y = y;
        this.batchSize = Check.positive("batch size", batchSize);
        this.rng = rng;
        this.order = new int[x.rows()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
    }

    /** Draws a new order of the examples (Fisher-Yates). Before the first call the order is 0, 1, 2, ... */
    public void shuffle() {
        for (int i = order.length - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
    }

    /** Number of batches per pass: ⌈n / batchSize⌉. */
    public int count() {
        return (order.length + batchSize - 1) / batchSize;
    }

    /** Batch {@code b} of the current order, as new matrices. */
    public Batch get(int b) {
        int from = start(b);
        int size = Math.min(batchSize, order.length - from);
        Batch batch = new Batch(Matrix.zeros(size, x.cols()), Matrix.zeros(size, y.cols()));
        gather(from, batch);
        return batch;
    }

    /** Batch {@code b} in reused buffers: valid until the next call (the training loop's fast path). */
    Batch fill(int b) {
        int from = start(b);
        int size = Math.min(batchSize, order.length - from);
        Batch target;
        if (size == batchSize) {
            if (full == null) {
                full = new Batch(Matrix.zeros(size, x.cols()), Matrix.zeros(size, y.cols()));
            }
            target = full;
        } else {
            if (last == null) {
                last = new Batch(Matrix.zeros(size, x.cols()), Matrix.zeros(size, y.cols()));
            }
            target = last;
        }
        gather(from, target);
        return target;
    }

    private int start(int b) {
        if (b < 0 || b >= count()) {
            throw new IndexOutOfBoundsException("batch " + b + " does not exist; there are " + count() + " batches");
        }
        return b * batchSize;
    }

    private void gather(int from, Batch batch) {
        int fx = x.cols();
        int fy = y.cols();
        for (int r = 0; r < batch.size(); r++) {
            int i = order[from + r];
            System.arraycopy(x.data(), i * fx, batch.x().data(), r * fx, fx);
            System.arraycopy(y.data(), i * fy, batch.y().data(), r * fy, fy);
        }
    }
}
