// Softmax + cross-entropy on logits via log-sum-exp (stable for logits of ±1000); the multi-class loss.
package org.nnworkbook.nn.loss;

import org.nnworkbook.nn.Matrix;
import org.nnworkbook.nn.internal.Stable;

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
        // softmax(z) goes into the gradient's rows, which become dL/dz; for the value alone, into one scratch row
        double[] p = gradient != null ? gradient.data() : new double[c];
        double loss = 0;
        for (int i = 0; i < n; i++) {
            int from = i * c;
            int at = gradient != null ? from : 0;
            double lse = Stable.softmax(zd, from, c, p, at);
            if (indices) {
                int label = Targets.classIndex("CrossEntropyLoss", target, i, c);
                loss += lse - zd[from + label];                                       // -log softmax(z)[y]
                if (gradient != null) {
                    scale(p, at, c, 1, n);                                            // dL/dz = (softmax(z) - onehot(y)) / n
                    p[at + label] -= 1.0 / n;
                }
            } else {
                loss = addSoftTargetLoss(loss, zd, td, from, c, lse);
                if (gradient != null) {
                    scale(p, at, c, sum(td, from, c), n);                             // dL/dz = (softmax(z)·Σt - t) / n
                    for (int j = 0; j < c; j++) {
                        p[at + j] -= td[from + j] / n;
                    }
                }
            }
        }
        return loss / n;
    }

    // Small methods called once per row rather than loops run once per batch, so that the JIT compiles them
    // fully within the first epoch of a training run.

    /** {@code loss - Σ_j t_j·(z_j - lse)} over one row: -Σ t·log softmax(z); zero targets add nothing. */
    private static double addSoftTargetLoss(double loss, double[] zd, double[] td, int from, int c, double lse) {
        for (int j = 0; j < c; j++) {
            double t = td[from + j];
            loss -= t == 0 ? 0 : t * (zd[from + j] - lse);
        }
        return loss;
    }

    /** {@code p[at + j] = p[at + j] · mass / n} for one row. */
    private static void scale(double[] p, int at, int c, double mass, int n) {
        for (int j = 0; j < c; j++) {
            p[at + j] = p[at + j] * mass / n;
        }
    }

    private static double sum(double[] a, int from, int c) {
        double s = 0;
        for (int j = 0; j < c; j++) {
            s += a[from + j];
        }
        return s;
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
