// The training loop: determinism, learning XOR, history, listeners, stopping, mini-batches, bad data.
package org.nnworkbook.nn.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nnworkbook.testing.MatrixAssertions.argumentError;
import static org.nnworkbook.testing.MatrixAssertions.shapeError;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.nnworkbook.nn.Matrix;
import org.nnworkbook.nn.Parameter;
import org.nnworkbook.nn.activations.ReLU;
import org.nnworkbook.nn.activations.Tanh;
import org.nnworkbook.nn.layers.Layer;
import org.nnworkbook.nn.layers.Linear;
import org.nnworkbook.nn.layers.Sequential;
import org.nnworkbook.nn.loss.BCEWithLogitsLoss;
import org.nnworkbook.nn.loss.CrossEntropyLoss;
import org.nnworkbook.nn.loss.Loss;
import org.nnworkbook.nn.loss.MSELoss;
import org.nnworkbook.nn.optim.Adam;
import org.nnworkbook.nn.optim.LearningRateSchedule;
import org.nnworkbook.nn.optim.Optimizer;
import org.nnworkbook.nn.optim.SGD;

class TrainerTest {
    private static final Matrix XOR_X = Matrix.of(4, 2, 0, 0, 0, 1, 1, 0, 1, 1);
    private static final Matrix XOR_Y = Matrix.column(0, 1, 1, 0);

    /** Two noisy blobs per class, three classes: a small multi-class problem. */
    private static Matrix[] blobs(int n, long seed) {
        Random rng = new Random(seed);
        Matrix x = Matrix.zeros(n, 2);
        Matrix y = Matrix.zeros(n, 1);
        for (int i = 0; i < n; i++) {
            int c = i % 3;
            x.set(i, 0, 2 * Math.cos(2 * Math.PI * c / 3) + 0.5 * rng.nextGaussian());
            x.set(i, 1, 2 * Math.sin(2 * Math.PI * c / 3) + 0.5 * rng.nextGaussian());
            y.set(i, 0, c);
        }
        return new Matrix[] {x, y};
    }

    private static History train(long weightSeed, long shuffleSeed, Sequential[] out) {
        Matrix[] data = blobs(90, 1);
        Sequential net = Sequential.mlp(new Random(weightSeed), Tanh::new, 2, 8, 3);
        out[0] = net;
        return new Trainer(net, new CrossEntropyLoss(), new SGD(net.parameters(), 0.1, 0.9))
                .epochs(5).batchSize(16).seed(shuffleSeed).fit(data[0], data[1]);
    }

    /** A layer as a student writes it (notebook 08): forward and backward only, no buffer reuse. */
    private static final class Scale implements Layer {
        private final double factor;

        Scale(double factor) {
            this.factor = factor;
        }

        @Override
        public Matrix forward(Matrix input) {
            return input.mul(factor);
        }

        @Override
        public Matrix backward(Matrix gradOutput) {
            return gradOutput.mul(factor);
        }
    }

    private static Sequential network() {
        return new Sequential(new Linear(2, 16, 11), new ReLU(), new Linear(16, 8, 12), new Tanh(), new Scale(0.5),
                new Linear(8, 3, 13));
    }

    @Test
    void one_trainer_epoch_gives_the_weights_of_a_hand_written_forward_backward_step_loop_bit_for_bit() {
        Matrix[] data = blobs(90, 1);
        Sequential trained = network();
        new Trainer(trained, new CrossEntropyLoss(), new Adam(trained.parameters(), 0.01))
                .epochs(1).batchSize(16).seed(7).fit(data[0], data[1]);

        Sequential byHand = network();
        Loss loss = new CrossEntropyLoss();
        Optimizer adam = new Adam(byHand.parameters(), 0.01);
        MiniBatches batches = new MiniBatches(data[0], data[1], 16, 7);
        batches.shuffle();
        for (int b = 0; b < batches.count(); b++) {
            MiniBatches.Batch batch = batches.get(b);
            adam.zeroGrad();
            Matrix out = byHand.forward(batch.x());
            byHand.backward(loss.gradient(out, batch.y()));
            adam.step();
        }

        List<Parameter> expected = byHand.parameters();
        List<Parameter> actual = trained.parameters();
        assertEquals(expected.size(), actual.size());
        for (int i = 0; i < expected.size(); i++) {
            assertArrayEquals(expected.get(i).value().data(), actual.get(i).value().data(), expected.get(i).name());
        }
        assertNotEquals(network().parameters().get(0).value(), actual.get(0).value(), "the epoch changed the weights");
    }

    @Test
    void the_same_seeds_give_bit_identical_histories_and_weights() {
        Sequential[] a = new Sequential[1];
        Sequential[] b = new Sequential[1];
        Sequential[] c = new Sequential[1];
        History ha = train(1, 7, a);
        History hb = train(1, 7, b);
        History hc = train(1, 8, c);
        assertAll(
                () -> assertArrayEquals(ha.trainLoss(), hb.trainLoss()),
                () -> assertArrayEquals(ha.batchLosses(), hb.batchLosses()),
                () -> assertEquals(a[0].parameters().get(0).value(), b[0].parameters().get(0).value()),
                () -> assertEquals(a[0].parameters().get(2).value(), b[0].parameters().get(2).value()),
                () -> assertTrue(!Arrays.equals(ha.batchLosses(), hc.batchLosses())));
    }

    @Test
    void a_small_network_learns_xor() {
        Sequential net = new Sequential(new Linear(2, 8, 3), new Tanh(), new Linear(8, 1, 4));
        History h = new Trainer(net, new BCEWithLogitsLoss(), new Adam(net.parameters(), 0.05))
                .epochs(300).batchSize(4).fit(XOR_X, XOR_Y);
        assertAll(
                () -> assertEquals(1.0, Metrics.accuracy(net, new BCEWithLogitsLoss(), XOR_X, XOR_Y)),
                () -> assertEquals(1.0, h.last().trainAccuracy()),
                () -> assertThat(h.last().trainLoss()).isLessThan(0.05),
                () -> assertThat(h.last().trainLoss()).isLessThan(h.epochs().get(0).trainLoss()));
    }

    @Test
    void the_history_has_one_entry_per_epoch_with_validation_figures() {
        Matrix[] train = blobs(60, 2);
        Matrix[] val = blobs(30, 3);
        Sequential net = Sequential.mlp(new Random(2), Tanh::new, 2, 6, 3);
        History h = new Trainer(net, new CrossEntropyLoss(), new SGD(net.parameters(), 0.2))
                .epochs(4).batchSize(25).validation(val[0], val[1])
                .schedule(LearningRateSchedule.stepDecay(2, 0.5)).fit(train[0], train[1]);
        assertAll(
                () -> assertEquals(4, h.size()),
                () -> assertEquals(4 * 3, h.batchLosses().length),          // ⌈60/25⌉ = 3 batches per epoch
                () -> assertArrayEquals(new double[] {0.2, 0.2, 0.1, 0.1}, h.learningRates()),
                () -> assertEquals(Metrics.accuracy(net, val[0], val[1]), h.last().validationAccuracy()),
                () -> assertEquals(new CrossEntropyLoss().value(net.forward(val[0]), val[1]), h.last().validationLoss()),
                () -> assertThat(h.last().trainAccuracy()).isBetween(0.0, 1.0),
                () -> assertEquals("", h.stopReason()),
                () -> assertThat(h.toString()).startsWith("epoch  train loss").contains("    4  "),
                () -> assertThat(h.last().toString()).startsWith("epoch 4/4: loss "));
    }

    @Test
    void regression_histories_have_no_accuracy() {
        Sequential net = new Sequential(new Linear(1, 1, 1));
        History h = new Trainer(net, new MSELoss(), new SGD(net.parameters(), 0.1)).epochs(2)
                .fit(Matrix.column(1, 2, 3), Matrix.column(2, 4, 6));
        assertTrue(Double.isNaN(h.last().trainAccuracy()));
    }

    @Test
    void listeners_hear_every_batch_and_epoch_and_see_the_batch_gradients() {
        Matrix[] data = blobs(50, 4);
        Sequential net = Sequential.mlp(new Random(3), Tanh::new, 2, 5, 3);
        List<String> events = new ArrayList<>();
        List<Double> gradNorms = new ArrayList<>();
        Trainer trainer = new Trainer(net, new CrossEntropyLoss(), new SGD(net.parameters(), 0.1)).epochs(3).batchSize(20);
        trainer.listener(new TrainingListener() {
            @Override
            public void onStart(int epochs, int batches) {
                events.add("start " + epochs + "x" + batches);
            }

            @Override
            public void onBatch(BatchResult b) {
                events.add("batch " + b.epoch() + "." + b.batch() + " size " + b.size());
                gradNorms.add(net.parameters().get(0).grad().norm());
            }

            @Override
            public void onEpoch(EpochResult e) {
                events.add("epoch " + e.epoch());
            }

            @Override
            public void onEnd(History h) {
                events.add("end " + h.size());
            }
        });
        trainer.fit(data[0], data[1]);
        assertAll(
                () -> assertEquals("start 3x3", events.get(0)),
                () -> assertEquals("batch 1.2 size 10", events.get(3)),
                () -> assertEquals("epoch 1", events.get(4)),
                () -> assertEquals("end 3", events.get(events.size() - 1)),
                () -> assertEquals(1 + 3 * 4 + 1, events.size()),
                () -> assertTrue(gradNorms.stream().allMatch(g -> g > 0)));
    }

    @Test
    void a_listener_can_stop_training() {
        Matrix[] data = blobs(30, 5);
        Sequential net = Sequential.mlp(new Random(4), Tanh::new, 2, 4, 3);
        Trainer trainer = new Trainer(net, new CrossEntropyLoss(), new SGD(net.parameters(), 0.1)).epochs(10);
        trainer.listener(TrainingListener.everyEpoch(e -> {
            if (e.epoch() == 2) {
                trainer.requestStop();
            }
        }));
        History h = trainer.fit(data[0], data[1]);
        assertAll(() -> assertEquals(2, h.size()), () -> assertThat(h.stopReason()).contains("after epoch 2"));
    }

    @Test
    void a_diverging_loss_stops_training_and_says_why() {
        Sequential net = new Sequential(new Linear(1, 1, 1));
        History h = new Trainer(net, new MSELoss(), new SGD(net.parameters(), 1e6)).epochs(50).batchSize(3)
                .fit(Matrix.column(10, 20, 30), Matrix.column(1, 2, 3));
        assertAll(
                () -> assertThat(h.size()).isLessThan(50),
                () -> assertThat(h.stopReason()).contains("the loss became").contains("smaller learning rate"));
    }

    @Test
    void mini_batches_visit_every_example_once_per_epoch_in_a_seeded_order() {
        Matrix x = Matrix.generate(10, 1, (i, j) -> i);
        MiniBatches batches = new MiniBatches(x, x, 4, 3);
        MiniBatches same = new MiniBatches(x, x, 4, 3);
        batches.shuffle();
        same.shuffle();
        double[] seen = new double[10];
        int k = 0;
        for (int b = 0; b < batches.count(); b++) {
            MiniBatches.Batch batch = batches.get(b);
            assertEquals(batch.x(), batch.y());
            assertEquals(batch.x(), same.get(b).x());
            for (double v : batch.x().data()) {
                seen[k++] = v;
            }
        }
        double[] sorted = seen.clone();
        Arrays.sort(sorted);
        assertAll(
                () -> assertEquals(3, batches.count()),
                () -> assertEquals(2, batches.get(2).size()),
                () -> assertArrayEquals(new double[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, sorted),
                () -> assertNotEquals(Arrays.toString(sorted), Arrays.toString(seen)));
    }

    @Test
    void mismatched_or_empty_data_is_refused() {
        Sequential net = new Sequential(new Linear(2, 1, 1));
        Trainer trainer = new Trainer(net, new MSELoss(), new SGD(net.parameters(), 0.1));
        assertAll(
                () -> assertThat(shapeError(() -> trainer.fit(Matrix.zeros(5, 2), Matrix.zeros(4, 1))))
                        .startsWith("Trainer.fit: x has 5 examples but y has 4").contains("x [5, 2]").contains("y [4, 1]"),
                () -> assertThat(argumentError(() -> trainer.fit(Matrix.zeros(0, 2), Matrix.zeros(0, 1))))
                        .contains("the data set is empty"),
                () -> assertThat(argumentError(() -> trainer.batchSize(0))).contains("batch size must be positive, got 0"),
                () -> assertThat(argumentError(() -> trainer.epochs(-1))).contains("epochs must be positive"));
        for (Parameter p : net.parameters()) {
            assertEquals(0.0, p.grad().norm());
        }
    }
}
