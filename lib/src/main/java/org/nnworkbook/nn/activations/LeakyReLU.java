// Leaky ReLU max(slope·x, x) (slope 0.1 by default, as in deck 001); derivative at 0 taken as the slope.
package org.nnworkbook.nn.activations;

import org.nnworkbook.nn.internal.Check;

/**
 * {@code x} for {@code x > 0}, {@code slope·x} otherwise ({@code max(0.1x, x)} with the default slope
 * 0.1), so negative inputs keep a small gradient and units cannot die. The derivative is 1 for
 * {@code x > 0} and {@code slope} for {@code x <= 0} (including 0).
 */
public final class LeakyReLU extends ActivationLayer {
    private final double slope;

    public LeakyReLU() {
        this(0.1);
    }

    public LeakyReLU(double slope) {
        this.slope = Check.finite("LeakyReLU: slope", slope);
    }

    public double slope() {
        return slope;
    }

    @Override
    public double apply(double x) {
        return x > 0 ? x : slope * x;
    }

    @Override
    public double derivative(double x) {
        return x > 0 ? 1.0 : slope;
    }

    @Override
    public String toString() {
        return "LeakyReLU(slope=" + slope + ")";
    }
}
