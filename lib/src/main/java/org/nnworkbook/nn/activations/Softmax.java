// Row-wise softmax (probabilities over classes) as a layer and as stable static helpers; not a loss.
package org.nnworkbook.nn.activations;

import org.nnworkbook.nn.Matrix;
import org.nnworkbook.nn.internal.Stable;
import org.nnworkbook.nn.layers.BufferReusingLayer;

/**
 * {@code softmax(z)_c = e^{z_c} / Σ_k e^{z_k}} along each row, computed as {@code e^{z_c - max z}} so
 * logits of ±1000 do not overflow.
 *
 * <pre>
 * forward : logits [batch, classes] → probabilities [batch, classes] (rows sum to 1)
 * backward: dL/dz = y ⊙ (g - Σ_c g_c y_c)     per row, y = softmax(z)
 * </pre>
 *
 * For training, prefer {@code CrossEntropyLoss} on the logits: it fuses the two and is more accurate.
 */
public final class Softmax extends BufferReusingLayer {
    private Matrix output;

    /** Softmax of every row. */
    public static Matrix rows(Matrix logits) {
        return rowsInto(logits, Matrix.zeros(logits.rows(), logits.cols()));
    }

    private static Matrix rowsInto(Matrix logits, Matrix p) {
        int c = logits.cols();
        for (int i = 0; i < logits.rows(); i++) {
            Stable.softmax(logits.data(), i * c, c, p.data(), i * c);
        }
        return p;
    }

    /** {@code log Σ_j e^{z[from + j]}} over {@code length} values, without overflow: {@code m + log Σ e^{z - m}}. */
    public static double logSumExp(double[] z, int from, int length) {
        return Stable.logSumExp(z, from, length);
    }

    /** Log-probabilities {@code z - logsumexp(z)} of every row. */
    public static Matrix logRows(Matrix logits) {
        Matrix out = logits.copy();
        int c = logits.cols();
        double[] d = out.data();
        for (int i = 0; i < logits.rows(); i++) {
            double lse = Stable.logSumExp(d, i * c, c);
            for (int j = 0; j < c; j++) {
                d[i * c + j] -= lse;
            }
        }
        return out;
    }

    @Override
    protected Matrix forwardInto(Matrix logits, Matrix reuse) {
        // the output is kept for backward, so a reused matrix must not be one a caller still reads
        output = rowsInto(logits, shaped(reuse, logits.rows(), logits.cols()));
        return output;
    }

    @Override
    protected Matrix backwardInto(Matrix g, boolean inputGradient, Matrix reuse) {
        requireForward("Softmax", output != null, "its output");
        requireGradientShape("Softmax", g, output.rows(), output.cols());
        int c = g.cols();
        double[] y = output.data();
        double[] gd = g.data();
        Matrix dz = shaped(reuse, g.rows(), c);
        double[] dd = dz.data();
        for (int i = 0; i < g.rows(); i++) {
            double dot = 0;
            for (int j = 0; j < c; j++) {
                dot += gd[i * c + j] * y[i * c + j];
            }
            for (int j = 0; j < c; j++) {
                dd[i * c + j] = y[i * c + j] * (gd[i * c + j] - dot);
            }
        }
        return dz;
    }

    @Override
    public String toString() {
        return "Softmax()";
    }
}
