// Softmax + cross-entropy on logits via log-sum-exp (stable for logits of ±1000); the multi-class loss.
package org.nnworkbook.nn.loss;

import org.nnworkbook.nn.Matrix;

/**
 * Cross-entropy of {@code softmax(z)} against the targets, computed from the logits:
 * {@code L = (1/n) Σ_i [logsumexp(z_i) - z_i,y_i]}, the lectures' {@code -(z[y] - log Σ_c e^{z_c})}.
 * With one-hot or probability targets {@code t}: {@code L = -(1/n) Σ_i Σ_c t_ic (z_ic - logsumexp(z_i))}.
 *
 * <pre>
 * logits [batch, classes], target [batch, 1] (class indices) or [batch, classes] (one-hot rows)
 * dL/dz = (softmax(z) - t) / batch
 * </pre>
 *
 * As PyTorch's {@code nn.CrossEntropyLoss}: apply it to raw scores, not to probabilities.
 */
public final class CrossEntropyLoss implements Loss {
    @Override
    public double value(Matrix z, Matrix target) {
        return compute(z, target, null);
    }

    @Override
    public Matrix gradient(Matrix z, Matrix target) {
        Matrix g = Matrix.zeros(z.rows(), z.cols());
        compute(z, target, g);
        return g;
    }

    @Override
    public double valueAndGradient(Matrix z, Matrix target, Matrix gradient) {
        return compute(z, target, gradient);
    }

    private static double compute(Matrix z, Matrix target, Matrix gradient) {
        Targets.requireNonEmpty("CrossEntropyLoss", z);
        boolean indices = Targets.isIndexColumn("CrossEntropyLoss", z, target);
        int n = z.rows();
        int c = z.cols();
        double[] zd = z.data();
        double[] td = target.data();
        double[] e = gradient != null ? gradient.data() : new double[c];
        double loss = 0;
        for (int i = 0; i < n; i++) {
            int row = i * c;
            int at = gradient != null ? row : 0;
            // log Σ e^z = max + log Σ e^(z - max): no overflow for logits of ±1000
            double max = Double.NEGATIVE_INFINITY;
            for (int j = 0; j < c; j++) {
                max = Math.max(max, zd[row + j]);
            }
            double sum = 0;
            for (int j = 0; j < c; j++) {
                e[at + j] = Math.exp(zd[row + j] - max);
                sum += e[at + j];
            }
            double lse = max + Math.log(sum);
            double mass = 1;
            if (indices) {
                loss += lse - zd[row + Targets.classIndex("CrossEntropyLoss", target, i, c)];   // -log softmax(z)[y]
            } else {
                mass = 0;
                for (int j = 0; j < c; j++) {
                    double t = td[row + j];
                    loss -= t == 0 ? 0 : t * (zd[row + j] - lse);                             // -Σ t·log softmax(z)
                    mass += t;
                }
            }
            if (gradient != null) {
                // dL/dz = (softmax(z)·Σt - t) / n
                for (int j = 0; j < c; j++) {
                    e[at + j] = e[at + j] / sum * mass / n;
                }
                if (indices) {
                    e[at + Targets.classIndex("CrossEntropyLoss", target, i, c)] -= 1.0 / n;
                } else {
                    for (int j = 0; j < c; j++) {
                        e[at + j] -= td[row + j] / n;
                    }
                }
            }
        }
        return loss / n;
    }

    @Override
    public boolean classifies() {
        return true;
    }

    /** The class with the largest logit in each row. */
    @Override
    public int[] predictedClasses(Matrix z) {
        return z.argmaxPerRow();
    }

    @Override
    public String toString() {
        return "CrossEntropyLoss()";
    }
}
