// Binary cross-entropy on raw scores z (sigmoid inside), in the stable form; the one to train with.
package org.nnworkbook.nn.loss;

import org.nnworkbook.nn.Matrix;
import org.nnworkbook.nn.activations.Sigmoid;

/**
 * Binary cross-entropy of {@code σ(z)}, computed from the scores {@code z} as
 * {@code max(z, 0) - z·t + log(1 + e^{-|z|})}: the same value as {@code BCELoss(σ(z), t)} without ever
 * taking the log of 0, so {@code z = ±1000} is fine. The gradient is simply {@code (σ(z) - t) / N}.
 */
public final class BCEWithLogitsLoss implements Loss {
    @Override
    public double value(Matrix z, Matrix t) {
        check(z, t);
        double s = 0;
        for (int i = 0; i < z.size(); i++) {
            double zi = z.data()[i];
            s += Math.max(zi, 0) - zi * t.data()[i] + Math.log1p(Math.exp(-Math.abs(zi)));
        }
        return s / z.size();
    }

    @Override
    public Matrix gradient(Matrix z, Matrix t) {
        check(z, t);
        Matrix g = Matrix.zeros(z.rows(), z.cols());
        for (int i = 0; i < z.size(); i++) {
            g.data()[i] = (Sigmoid.sigma(z.data()[i]) - t.data()[i]) / z.size();
        }
        return g;
    }

    private static void check(Matrix z, Matrix t) {
        Targets.requireSameShape("BCEWithLogitsLoss", z, t);
        Targets.requireNonEmpty("BCEWithLogitsLoss", z);
    }

    @Override
    public boolean classifies() {
        return true;
    }

    /** Class 1 where {@code z >= 0}, i.e. {@code σ(z) >= 0.5}. */
    @Override
    public int[] predictedClasses(Matrix z) {
        return Binary.classes(z, 0.0);
    }

    @Override
    public String toString() {
        return "BCEWithLogitsLoss()";
    }
}
