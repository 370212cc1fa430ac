// The shared shape of MSE, L1 and both BCEs: a mean of one term per element; the loops and checks live here.
package org.nnworkbook.nn.loss;

import org.nnworkbook.nn.Matrix;

/**
 * {@code L = (1/N) Σ_i term(p_i, t_i)} over all N elements, and {@code dL/dp_i = gradient(p_i, t_i, N)}.
 * Predictions and targets must have the same shape and hold at least one element.
 */
abstract class ElementwiseLoss implements Loss {
    private final String name;

    ElementwiseLoss(String name) {
        this.name = name;
    }

    /** One element's term of the sum. */
    abstract double term(double p, double t);

    /** One element's {@code dL/dp}, the mean's {@code 1/n} included. */
    abstract double gradient(double p, double t, int n);

    /** Checks beyond the shapes, such as BCE's range of probabilities. */
    void checkPredictions(Matrix p) {
    }

    @Override
    public final double value(Matrix p, Matrix t) {
        check(p, t);
        double[] pd = p.data();
        double[] td = t.data();
        double s = 0;
        for (int i = 0; i < pd.length; i++) {
            s += term(pd[i], td[i]);
        }
        return s / pd.length;
    }

    @Override
    public final Matrix gradient(Matrix p, Matrix t) {
        check(p, t);
        Matrix g = Matrix.zeros(p.rows(), p.cols());
        double[] pd = p.data();
        double[] td = t.data();
        double[] gd = g.data();
        for (int i = 0; i < pd.length; i++) {
            gd[i] = gradient(pd[i], td[i], pd.length);
        }
        return g;
    }

    private void check(Matrix p, Matrix t) {
        Targets.requireSameShape(name, p, t);
        Targets.requireNonEmpty(name, p);
        checkPredictions(p);
    }

    @Override
    public String toString() {
        return name + "()";
    }
}
