// The sign unit of the perceptron (values ±1), whose derivative is 0 everywhere we evaluate it.
package org.nnworkbook.nn.activations;

/**
 * {@code sign(x)}: +1 for {@code x >= 0}, -1 for {@code x < 0} (deck 004's perceptron outputs, labels
 * in {-1, +1}; we send 0 to +1 so the output is always a label).
 *
 * <p>The derivative is 0 wherever it exists and undefined at 0; we return 0 everywhere, including 0.
 * So no gradient flows through a sign unit: gradient descent cannot train it, which is why learning
 * replaces it with a sigmoid.
 */
public final class Sign extends ActivationLayer {
    @Override
    public double apply(double x) {
        return x >= 0 ? 1.0 : -1.0;
    }

    @Override
    public double derivative(double x) {
        return 0.0;
    }
}
