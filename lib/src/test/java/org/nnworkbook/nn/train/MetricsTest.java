// Accuracy and confusion matrix.
package org.nnworkbook.nn.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.nnworkbook.testing.MatrixAssertions.argumentError;

import org.junit.jupiter.api.Test;
import org.nnworkbook.nn.Matrix;
import org.nnworkbook.nn.Model;
import org.nnworkbook.nn.loss.BCELoss;
import org.nnworkbook.nn.loss.BCEWithLogitsLoss;

class MetricsTest {
    private final int[] predicted = {0, 1, 2, 2, 1, 0, 2};
    private final int[] actual = {0, 1, 1, 2, 1, 2, 2};
    /** One output column of 0.3 for every example: a logit (class 1) or a probability (class 0). */
    private final Model constant = x -> Matrix.full(x.rows(), 1, 0.3);
    private final Matrix x = Matrix.zeros(2, 2);
    private final Matrix classOne = Matrix.column(1, 1);

    @Test
    void accuracy_is_the_fraction_of_matches() {
        assertEquals(5.0 / 7, Metrics.accuracy(predicted, actual), 1e-15);
    }

    @Test
    void confusion_matrix_counts_actual_against_predicted() {
        ConfusionMatrix cm = Metrics.confusionMatrix(predicted, actual, 3);
        assertAll(
                () -> assertEquals(1, cm.count(1, 2)),
                () -> assertEquals(1, cm.count(2, 0)),
                () -> assertEquals(2, cm.count(2, 2)),
                () -> assertEquals(7, cm.total()),
                () -> assertEquals(5.0 / 7, cm.accuracy(), 1e-15),
                () -> assertEquals(2.0 / 3, cm.recall(1), 1e-15),
                () -> assertEquals(2.0 / 3, cm.precision(2), 1e-15),
                () -> assertEquals(Matrix.of(3, 3, 1, 0, 0, 0, 2, 1, 1, 0, 2), cm.toMatrix()),
                () -> assertThat(cm.toString()).startsWith("actual \\ predicted").contains("accuracy 0.7143"));
    }

    @Test
    void model_outputs_become_classes_by_argmax() {
        Model scores = x -> x;
        assertAll(
                () -> assertArrayEquals(new int[] {1, 0}, Metrics.predictClasses(scores, Matrix.of(2, 2, 0.2, 0.8, 3, 1))),
                () -> assertEquals(0.5, Metrics.accuracy(scores, Matrix.of(2, 2, 0.2, 0.8, 3, 1), Matrix.column(0, 0))),
                () -> assertEquals(1.0, Metrics.accuracy(scores, Matrix.of(2, 2, 0.2, 0.8, 3, 1), Matrix.of(2, 2, 0, 1, 1, 0))));
    }

    @Test
    void for_one_output_column_the_loss_decides_a_logit_of_0_3_is_class_1_and_a_probability_of_0_3_class_0() {
        assertAll(
                () -> assertEquals(1.0, Metrics.accuracy(constant, new BCEWithLogitsLoss(), x, classOne)),
                () -> assertEquals(0.0, Metrics.accuracy(constant, new BCELoss(), x, classOne)),
                () -> assertArrayEquals(new int[] {1, 1}, Metrics.predictClasses(constant, new BCEWithLogitsLoss(), x)),
                () -> assertEquals(2, Metrics.confusionMatrix(constant, new BCEWithLogitsLoss(), x, classOne).count(1, 1)),
                () -> assertEquals(2, Metrics.confusionMatrix(constant, new BCELoss(), x, classOne).count(1, 0)));
    }

    @Test
    void one_output_column_without_a_loss_is_refused_rather_than_guessed() {
        assertAll(
                () -> assertThat(argumentError(() -> Metrics.accuracy(constant, x, classOne)))
                        .contains("one output column", "from 0 if it is a logit", "from 0.5 if it is a probability",
                                "accuracy(model, bceWithLogits(), x, y)"),
                () -> assertThat(argumentError(() -> Metrics.confusionMatrix(constant, x, classOne))).contains("one output column"),
                () -> assertThat(argumentError(() -> Metrics.classesOf(Matrix.column(0.7)))).contains("name the loss"));
    }

    @Test
    void mismatched_lengths_are_refused() {
        assertThat(argumentError(() -> Metrics.accuracy(new int[] {1}, new int[] {1, 2})))
                .contains("got 1 predictions for 2 targets");
    }
}
