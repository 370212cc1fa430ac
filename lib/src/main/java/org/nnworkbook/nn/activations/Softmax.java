// Row-wise softmax (probabilities over classes) as a layer and as stable static helpers; not a loss.
package org.nnworkbook.nn.activations;

import org.nnworkbook.nn.Matrix;
import org.nnworkbook.nn.internal.LayerChecks;
import org.nnworkbook.nn.layers.Layer;

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
public final class Softmax implements Layer {
    private Matrix output;

    /** Softmax of every row. */
    public static Matrix rows(Matrix logits) {
        Matrix p = Matrix.zeros(logits.rows(), logits.cols());
        int c = logits.cols();
        double[] z = logits.data();
        double[] pd = p.data();
        for (int i = 0; i < logits.rows(); i++) {
            double max = rowMax(z, i * c, c);
            double sum = 0;
            for (int j = 0; j < c; j++) {
                pd[i * c + j] = Math.exp(z[i * c + j] - max);
                sum += pd[i * c + j];
            }
            for (int j = 0; j < c; j++) {
                pd[i * c + j] /= sum;
            }
        }
        return p;
    }

    /** {@code log Σ_j e^{z[from + j]}} over {@code length} values, without overflow: {@code m + log Σ e^{z - m}}. */
    public static double logSumExp(double[] z, int from, int length) {
        double max = rowMax(z, from, length);
        if (Double.isInfinite(max)) {
            return max;
        }
        double sum = 0;
        for (int j = 0; j < length; j++) {
            sum += Math.exp(z[from + j] - max);
        }
        return max + Math.log(sum);
    }

    /** Log-probabilities {@code z - logsumexp(z)} of every row. */
    public static Matrix logRows(Matrix logits) {
        Matrix out = logits.copy();
        int c = logits.cols();
        double[] d = out.data();
        for (int i = 0; i < logits.rows(); i++) {
            double lse = logSumExp(d, i * c, c);
            for (int j = 0; j < c; j++) {
                d[i * c + j] -= lse;
            }
        }
        return out;
    }

    private static double rowMax(double[] z, int from, int length) {
        double max = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < length; j++) {
            max = Math.max(max, z[from + j]);
        }
        return max;
    }

    @Override
    public Matrix forward(Matrix logits) {
        output = rows(logits);
        return output;
    }

    @Override
    public Matrix backward(Matrix g) {
        LayerChecks.forwardRan("Softmax", output != null, "its output");
        LayerChecks.gradientShape("Softmax", g, output.rows(), output.cols());
        int c = g.cols();
        double[] y = output.data();
        double[] gd = g.data();
        Matrix dz = Matrix.zeros(g.rows(), c);
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
