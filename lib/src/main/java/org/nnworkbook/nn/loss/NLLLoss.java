// Negative log-likelihood of the true class given log-probabilities (after a log-softmax).
package org.nnworkbook.nn.loss;

import org.nnworkbook.nn.Matrix;

/**
 * {@code L = -(1/n) Σ_i log p_i[y_i]} for log-probabilities {@code log p} (rows of a log-softmax).
 * Cross-entropy against the one-hot ("delta") distribution of the labels is exactly this negative
 * log-likelihood (deck 004); {@code NLLLoss} after {@code Softmax.logRows} equals
 * {@link CrossEntropyLoss} on the logits.
 *
 * <pre>
 * logProbabilities [batch, classes], target [batch, 1] (indices) or [batch, classes] (one-hot)
 * dL/d(log p) = -t / batch
 * </pre>
 */
public final class NLLLoss implements Loss {
    @Override
    public double value(Matrix logP, Matrix target) {
        Matrix t = oneHot(logP, target);
        double s = 0;
        for (int i = 0; i < logP.size(); i++) {
            s -= t.data()[i] == 0 ? 0 : t.data()[i] * logP.data()[i];
        }
        return s / logP.rows();
    }

    @Override
    public Matrix gradient(Matrix logP, Matrix target) {
        return oneHot(logP, target).mul(-1.0 / logP.rows());
    }

    /** Targets as rows of class probabilities: index targets become one-hot rows. */
    private static Matrix oneHot(Matrix logP, Matrix target) {
        Targets.requireNonEmpty("NLLLoss", logP);
        if (!Targets.isIndexColumn("NLLLoss", logP, target)) {
            return target;
        }
        int c = logP.cols();
        Matrix t = Matrix.zeros(logP.rows(), c);
        for (int i = 0; i < logP.rows(); i++) {
            t.set(i, Targets.classIndex("NLLLoss", target, i, c), 1.0);
        }
        return t;
    }

    @Override
    public boolean classifies() {
        return true;
    }

    @Override
    public int[] predictedClasses(Matrix logP) {
        return logP.argmaxPerRow();
    }

    @Override
    public String toString() {
        return "NLLLoss()";
    }
}
