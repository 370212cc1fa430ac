// The benchmark network trained on the real digits data must reach 0.95 test accuracy (not a timing test).
package org.nnworkbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertAll;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.nnworkbook.bench.Digits;
import org.nnworkbook.nn.activations.ReLU;
import org.nnworkbook.nn.init.Initializer;
import org.nnworkbook.nn.layers.Sequential;
import org.nnworkbook.nn.loss.CrossEntropyLoss;
import org.nnworkbook.nn.optim.SGD;
import org.nnworkbook.nn.train.History;
import org.nnworkbook.nn.train.Metrics;
import org.nnworkbook.nn.train.Trainer;

/** The benchmark's network, trained for real on datasets/digits.csv.gz: it must reach 0.95 test accuracy. */
class DigitsAccuracyTest {

    @Test
    void the_benchmark_mlp_reaches_95_percent_on_held_out_digits() {
        Digits d = Digits.load(Digits.locate(null));
        Sequential net = Sequential.mlp(new Random(1), ReLU::new, Initializer.heNormal(), 64, 128, 10);
        History h = new Trainer(net, new CrossEntropyLoss(), new SGD(net.parameters(), 0.1))
                .epochs(20).batchSize(32).seed(7).validation(d.xTest(), d.yTest()).fit(d.xTrain(), d.yTrain());
        assertAll(
                () -> assertThat(d.xTrain().rows()).isEqualTo(1437),
                () -> assertThat(d.xTest().rows()).isEqualTo(360),
                () -> assertThat(Metrics.accuracy(net, d.xTest(), d.yTest())).isGreaterThanOrEqualTo(0.95),
                () -> assertThat(h.last().validationAccuracy()).isGreaterThanOrEqualTo(0.95),
                () -> assertThat(h.last().trainLoss()).isLessThan(h.epochs().get(0).trainLoss() / 5));
    }
}
