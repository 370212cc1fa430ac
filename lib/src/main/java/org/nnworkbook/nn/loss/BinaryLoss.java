// The two binary cross-entropies' shared classification: one column of scores, class 1 at or above a threshold.
package org.nnworkbook.nn.loss;

import org.nnworkbook.nn.Matrix;
import org.nnworkbook.nn.ShapeException;

abstract class BinaryLoss extends ElementwiseLoss {
    private final double threshold;

    /** @param threshold the score from which on a prediction is class 1 (0.5 for probabilities, 0 for logits) */
    BinaryLoss(String name, double threshold) {
        super(name);
        this.threshold = threshold;
    }

    @Override
    public final boolean classifies() {
        return true;
    }

    @Override
    public final int[] predictedClasses(Matrix scores) {
        if (scores.cols() != 1) {
            throw ShapeException.in("predictedClasses").problem("binary predictions need one column")
                    .shape("prediction", scores)
                    .hint("several 0/1 outputs per example are several binary problems; score each column alone").build();
        }
        int[] out = new int[scores.rows()];
        for (int i = 0; i < out.length; i++) {
            out[i] = scores.data()[i] >= threshold ? 1 : 0;
        }
        return out;
    }
}
