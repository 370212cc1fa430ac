// Parametric ReLU max(a·x, x) with one learnable slope a; the slope gets its gradient in backward.
package org.nnworkbook.nn.activations;

import java.util.List;
import org.nnworkbook.nn.Matrix;
import org.nnworkbook.nn.Parameter;

/**
 * {@code x} for {@code x > 0}, {@code a·x} otherwise, where the slope {@code a} is learned (one value
 * shared by all units, starting at 0.25 as in PyTorch). Deck 001 writes it {@code max(αx, x)}, the
 * same function while {@code a <= 1}.
 *
 * <pre>
 * forward : x [batch, n] → y [batch, n]
 * backward: dL/dx = g ⊙ (x > 0 ? 1 : a)       dL/da += Σ g ⊙ (x > 0 ? 0 : x)
 * </pre>
 *
 * At {@code x = 0} the derivative with respect to {@code x} is taken as {@code a}.
 */
public final class PReLU extends ActivationLayer {
    private final Parameter slope;

    public PReLU() {
        this(0.25);
    }

    public PReLU(double initialSlope) {
        this.slope = new Parameter("slope", Matrix.of(1, 1, initialSlope));
    }

    /** The current slope {@code a}. */
    public double slope() {
        return slope.value().get(0, 0);
    }

    @Override
    public double apply(double x) {
        return x > 0 ? x : slope() * x;
    }

    @Override
    public double derivative(double x) {
        return x > 0 ? 1.0 : slope();
    }

    /** The base class's g ⊙ f'(x), plus the slope's own gradient in the same pass. */
    @Override
    protected Matrix backwardInto(Matrix g, boolean inputGradient, Matrix reuse) {
        double[] xd = latestInput(g).data();
        double a = slope();
        double[] gd = g.data();
        Matrix dx = shaped(reuse, g.rows(), g.cols());
        double[] dd = dx.data();
        double dSlope = 0;
        for (int i = 0; i < xd.length; i++) {
            boolean positive = xd[i] > 0;
            dd[i] = positive ? gd[i] : a * gd[i];
            dSlope += positive ? 0.0 : gd[i] * xd[i];
        }
        slope.grad().data()[0] += dSlope;
        return dx;
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(slope);
    }

    @Override
    public String toString() {
        return "PReLU(slope=" + slope() + ")";
    }
}
