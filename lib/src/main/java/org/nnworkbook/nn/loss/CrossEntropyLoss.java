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
        double[] e = gradient != null ? gradient.data() : new double[c];
        double loss = 0;
        for (int i = 0; i < n; i++) {
            int label = indices ? Targets.classIndex("CrossEntropyLoss", target, i, c) : -1;
            loss = row(loss, z.data(), target.data(), i * c, c, label, e, gradient != null ? i * c : -1, n);
        }
        return loss / n;
    }

    /**
     * Row {@code i} (starting at {@code from}, {@code c} classes): adds its loss to {@code loss} and returns
     * the sum; writes dL/dz into {@code e} at {@code at}, or only uses {@code e[0..c)} as scratch when
     * {@code at < 0}. {@code label} is the class index, or -1 for one-hot targets. A method per row, not
     * one loop per batch, so that the JIT compiles it fully within the first epoch of a training run.
     */
    private static double row(double loss, double[] zd, double[] td, int from, int c, int label, double[] e, int at,
                              int n) {
        int out = Math.max(at, 0);
        // log Σ e^z = max + log Σ e^(z - max): no overflow for logits of ±1000
        double max = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < c; j++) {
            max = Math.max(max, zd[from + j]);
        }
        double sum = 0;
        for (int j = 0; j < c; j++) {
            e[out + j] = Math.exp(zd[from + j] - max);
            sum += e[out + j];
        }
        double lse = max + Math.log(sum);
        double mass = 1;
        if (label >= 0) {
            loss += lse - zd[from + label];                                           // -log softmax(z)[y]
        } else {
            mass = 0;
            for (int j = 0; j < c; j++) {
                double t = td[from + j];
                loss -= t == 0 ? 0 : t * (zd[from + j] - lse);                        // -Σ t·log softmax(z)
                mass += t;
            }
        }
        if (at >= 0) {
            // dL/dz = (softmax(z)·Σt - t) / n
            for (int j = 0; j < c; j++) {
                e[at + j] = e[at + j] / sum * mass / n;
            }
            if (label >= 0) {
                e[at + label] -= 1.0 / n;
            } else {
                for (int j = 0; j < c; j++) {
                    e[at + j] -= td[from + j] / n;
                }
            }
        }
        return loss;
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
