// The rectified linear unit max(0, x) with its derivative (taken as 0 at x = 0); the fast default.
package org.nnworkbook.nn.activations;

import org.nnworkbook.nn.Matrix;

/**
 * {@code max(0, x)}. Its derivative is 0 for {@code x < 0} (a unit stuck there is "dead") and 1 for
 * {@code x > 0}; at {@code x = 0}, where it is undefined, we take 0, as PyTorch and micrograd do
 * (deck 002 writes 1 there; the choice almost never matters). NaN inputs give NaN.
 */
public final class ReLU extends ActivationLayer {
    @Override
    public double apply(double x) {
        return Math.max(x, 0.0);
    }

    @Override
    public double derivative(double x) {
        return x > 0 ? 1.0 : 0.0;
    }

    // Same maths as the base class, as plain loops without branches: this layer is on the hot path. The
    // loops run in small kernels called once per CHUNK elements, not once per batch: HotSpot compiles a
    // method with its optimising compiler only after some hundreds of calls, which per-batch methods reach
    // only after several epochs of the first training run, while these reach it within the first epoch.

    private static final int CHUNK = 256;

    @Override
    protected Matrix forwardInto(Matrix x, Matrix reuse) {
        remember(x);
        Matrix y = shaped(reuse, x.rows(), x.cols());
        double[] xd = x.data();
        double[] yd = y.data();
        for (int from = 0; from < xd.length; from += CHUNK) {
            forward(xd, yd, from, Math.min(xd.length, from + CHUNK));
        }
        return y;
    }

    private static void forward(double[] x, double[] y, int from, int to) {
        for (int i = from; i < to; i++) {
            y[i] = Math.max(x[i], 0.0);
        }
    }

    @Override
    protected Matrix backwardInto(Matrix g, boolean inputGradient, Matrix reuse) {
        double[] xd = latestInput(g).data();
        Matrix dx = shaped(reuse, g.rows(), g.cols());
        double[] gd = g.data();
        double[] dd = dx.data();
        for (int from = 0; from < xd.length; from += CHUNK) {
            backward(xd, gd, dd, from, Math.min(xd.length, from + CHUNK));
        }
        return dx;
    }

    private static void backward(double[] x, double[] g, double[] dx, int from, int to) {
        for (int i = from; i < to; i++) {
            dx[i] = x[i] > 0 ? g[i] : 0.0;
        }
    }
}
