// Losses: values from their formulas, gradient checks, stability at ±1000, target conventions and errors.
package org.nnworkbook.nn.loss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nnworkbook.testing.MatrixAssertions.argumentError;
import static org.nnworkbook.testing.MatrixAssertions.assertClose;
import static org.nnworkbook.testing.MatrixAssertions.assertGradientsMatch;
import static org.nnworkbook.testing.MatrixAssertions.shapeError;

import org.junit.jupiter.api.Test;
import org.nnworkbook.nn.Matrix;
import org.nnworkbook.nn.activations.Sigmoid;
import org.nnworkbook.nn.activations.Softmax;
import org.nnworkbook.nn.gradcheck.GradCheck;

class LossesTest {
    private final Matrix prediction = Matrix.of(3, 2, 0.5, -1.2, 2.0, 0.3, -0.7, 1.1);
    private final Matrix target = Matrix.of(3, 2, 1.0, -1.0, 1.5, 0.9, 0.2, 1.0);
    private final Matrix probabilities = Matrix.of(4, 1, 0.9, 0.2, 0.6, 0.35);
    private final Matrix labels01 = Matrix.column(1, 0, 0, 1);
    private final Matrix logits = Matrix.of(3, 4, 1.0, -0.5, 2.0, 0.1, -1.3, 0.4, 0.2, 0.9, 3.0, -2.0, 0.5, 0.0);
    private final Matrix classes = Matrix.column(2, 3, 0);

    @Test
    void mse_is_the_mean_square_and_its_gradient_checks() {
        double expected = 0;
        for (int i = 0; i < 6; i++) {
            double d = prediction.data()[i] - target.data()[i];
            expected += d * d / 6;
        }
        double mse = expected;
        assertAll(
                () -> assertEquals(mse, new MSELoss().value(prediction, target), 1e-15),
                () -> assertEquals(2.5, new MSELoss().value(Matrix.column(1, 2), Matrix.column(0, 0))));
        assertGradientsMatch(GradCheck.loss(new MSELoss(), prediction, target), 1e-6);
    }

    @Test
    void l1_is_the_mean_absolute_error_and_its_gradient_checks() {
        assertEquals((0.5 + 0.2 + 0.5 + 0.6 + 0.9 + 0.1) / 6, new L1Loss().value(prediction, target), 1e-15);
        assertGradientsMatch(GradCheck.loss(new L1Loss(), prediction, target), 1e-6);
        // at p = t the gradient is taken as 0
        assertEquals(Matrix.row(0, 0.5), new L1Loss().gradient(Matrix.row(1, 3), Matrix.row(1, 2)));
    }

    @Test
    void binary_cross_entropy_on_probabilities() {
        double expected = -(Math.log(0.9) + Math.log(0.8) + Math.log(0.4) + Math.log(0.35)) / 4;
        assertEquals(expected, new BCELoss().value(probabilities, labels01), 1e-15);
        assertGradientsMatch(GradCheck.loss(new BCELoss(), probabilities, labels01), 1e-6);
        // saturated predictions give a large finite loss (log clamped at -100), not infinity
        assertEquals(100.0, new BCELoss().value(Matrix.column(0.0), Matrix.column(1)), 1e-12);
    }

    @Test
    void bce_from_logits_equals_bce_of_the_sigmoid_and_is_stable_at_1000() {
        Matrix z = Matrix.column(2.2, -1.4, 0.4, -0.6);
        BCEWithLogitsLoss loss = new BCEWithLogitsLoss();
        assertAll(
                () -> assertEquals(new BCELoss().value(z.map(Sigmoid::sigma), labels01), loss.value(z, labels01), 1e-14),
                () -> assertEquals(1000.0, loss.value(Matrix.column(-1000), Matrix.column(1)), 1e-12),
                () -> assertEquals(0.0, loss.value(Matrix.column(1000), Matrix.column(1)), 1e-12),
                () -> assertClose(Matrix.column(-1), loss.gradient(Matrix.column(-1000), Matrix.column(1)), 0));
        assertGradientsMatch(GradCheck.loss(loss, z, labels01), 1e-6);
    }

    @Test
    void cross_entropy_is_log_sum_exp_minus_the_true_logit() {
        double expected = 0;
        for (int i = 0; i < 3; i++) {
            double sum = 0;
            for (int j = 0; j < 4; j++) {
                sum += Math.exp(logits.get(i, j));
            }
            expected += (Math.log(sum) - logits.get(i, (int) classes.get(i, 0))) / 3;
        }
        double ce = expected;
        Matrix oneHot = Matrix.oneHot(new int[] {2, 3, 0}, 4);
        CrossEntropyLoss loss = new CrossEntropyLoss();
        assertAll(
                () -> assertEquals(ce, loss.value(logits, classes), 1e-14),
                () -> assertEquals(ce, loss.value(logits, oneHot), 1e-14),
                () -> assertClose(loss.gradient(logits, classes), loss.gradient(logits, oneHot), 1e-16),
                () -> assertClose(Softmax.rows(logits).sub(oneHot).div(3), loss.gradient(logits, classes), 1e-16));
        assertGradientsMatch(GradCheck.loss(loss, logits, classes), 1e-6);
        assertGradientsMatch(GradCheck.loss(loss, logits, Matrix.of(3, 4, 0.1, 0.2, 0.3, 0.4, 0, 0, 0.5, 0.5, 1, 0, 0, 0)), 1e-6);
    }

    @Test
    void cross_entropy_stays_finite_for_logits_of_plus_minus_1000() {
        Matrix huge = Matrix.of(2, 3, 1000, -1000, 0, -1000, 1000, -1000);
        CrossEntropyLoss loss = new CrossEntropyLoss();
        assertAll(
                () -> assertEquals(0.0, loss.value(huge, Matrix.column(0, 1)), 1e-12),
                () -> assertEquals(500.0, loss.value(huge, Matrix.column(2, 1)), 1e-9),  // rows: 1000 - 0 and 0, mean 500
                () -> assertTrue(Double.isFinite(loss.gradient(huge, Matrix.column(1, 0)).sum())));
    }

    @Test
    void nll_after_log_softmax_equals_cross_entropy() {
        Matrix logP = Softmax.logRows(logits);
        NLLLoss nll = new NLLLoss();
        assertAll(
                () -> assertEquals(new CrossEntropyLoss().value(logits, classes), nll.value(logP, classes), 1e-14),
                () -> assertEquals(-(logP.get(0, 2) + logP.get(1, 3) + logP.get(2, 0)) / 3, nll.value(logP, classes), 1e-15));
        assertGradientsMatch(GradCheck.loss(nll, logP, classes), 1e-6);
    }

    @Test
    void classification_losses_predict_classes_regression_losses_do_not() {
        assertAll(
                () -> assertArrayEquals(new int[] {2, 3, 0}, new CrossEntropyLoss().predictedClasses(logits)),
                () -> assertArrayEquals(new int[] {1, 0, 1, 0}, new BCELoss().predictedClasses(probabilities)),
                () -> assertArrayEquals(new int[] {1, 0}, new BCEWithLogitsLoss().predictedClasses(Matrix.column(0.0, -0.1))),
                () -> assertTrue(!new MSELoss().classifies()),
                () -> assertThat(org.junit.jupiter.api.Assertions.assertThrows(UnsupportedOperationException.class,
                        () -> new MSELoss().predictedClasses(prediction)).getMessage()).contains("regression loss"));
    }

    @Test
    void bad_targets_get_clear_messages() {
        assertAll(
                () -> assertThat(shapeError(() -> new MSELoss().value(prediction, Matrix.zeros(2, 2))))
                        .startsWith("MSELoss: prediction and target shapes differ").contains("[3, 2]").contains("[2, 2]"),
                () -> assertThat(shapeError(() -> new CrossEntropyLoss().value(logits, Matrix.zeros(3, 2))))
                        .contains("one class index per row").contains("[3, 1]").contains("[3, 4]"),
                () -> assertThat(argumentError(() -> new CrossEntropyLoss().value(logits, Matrix.column(0, 4, 1))))
                        .contains("target 4.0 in row 1 is not a class index 0..3"),
                () -> assertThat(argumentError(() -> new BCELoss().value(Matrix.column(1.5), Matrix.column(1))))
                        .contains("must be probabilities in [0, 1]").contains("BCEWithLogitsLoss"),
                () -> assertThat(argumentError(() -> new MSELoss().value(Matrix.zeros(0, 1), Matrix.zeros(0, 1))))
                        .contains("the batch is empty"));
    }
}
