// A loss function and its gradient with respect to the prediction; not a layer (it has no backward input).
package org.nnworkbook.nn.loss;

import org.nnworkbook.nn.Matrix;

/**
 * Measures how far predictions are from targets, averaged over the batch, and gives
 * {@code dL/d(prediction)}: the gradient that starts backpropagation.
 *
 * <pre>{@code
 * jshell> var loss = new MSELoss();
 * jshell> loss.value(Matrix.column(1, 2), Matrix.column(0, 0))       // ((1-0)² + (2-0)²) / 2
 * $2 ==> 2.5
 * jshell> loss.gradient(Matrix.column(1, 2), Matrix.column(0, 0))    // 2(p - t) / 2
 * }</pre>
 *
 * Target conventions: regression losses take targets shaped like the prediction; classification
 * losses take either one class index per row ({@code [batch, 1]}) or one row of class probabilities
 * (one-hot) per example ({@code [batch, classes]}).
 */
public interface Loss {

    /** The loss, a mean over the batch. */
    double value(Matrix prediction, Matrix target);

    /** {@code dL/d(prediction)}, shaped like {@code prediction}. */
    Matrix gradient(Matrix prediction, Matrix target);

    /**
     * Writes the gradient into {@code gradient} (shaped like {@code prediction}) and returns the loss; the
     * training loop uses this to compute shared work once.
     */
    default double valueAndGradient(Matrix prediction, Matrix target, Matrix gradient) {
        gradient.assignInPlace(gradient(prediction, target));
        return value(prediction, target);
    }

    /** Whether predictions of this loss are class scores, so accuracy makes sense. */
    default boolean classifies() {
        return false;
    }

    /** The class each row of {@code prediction} stands for (only when {@link #classifies()}). */
    default int[] predictedClasses(Matrix prediction) {
        throw new UnsupportedOperationException(getClass().getSimpleName()
                + " is a regression loss: its predictions are numbers, not classes");
    }
}
