// Thresholding for the binary losses' predicted classes; package-private helper.
package org.nnworkbook.nn.loss;

import org.nnworkbook.nn.Matrix;
import org.nnworkbook.nn.ShapeException;

final class Binary {
    private Binary() {}

    static int[] classes(Matrix scores, double threshold) {
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
