// The exponential linear unit: x for x > 0, α(e^x - 1) otherwise (α = 1 by default).
package org.nnworkbook.nn.activations;

import org.nnworkbook.nn.internal.Check;

/**
 * {@code x} for {@code x > 0}, {@code α(e^x - 1)} for {@code x <= 0}: smooth, and negative outputs
 * push the mean activation towards zero. Derivative 1 for {@code x > 0}, {@code α·e^x} for
 * {@code x <= 0} (at 0 that is α, so with α = 1 the derivative is continuous).
 */
public final class ELU extends ActivationLayer {
    private final double alpha;

    public ELU() {
        this(1.0);
    }

    public ELU(double alpha) {
        this.alpha = Check.finite("ELU: alpha", alpha);
    }

    @Override
    public double apply(double x) {
        return x > 0 ? x : alpha * Math.expm1(x);
    }

    @Override
    public double derivative(double x) {
        return x > 0 ? 1.0 : alpha * Math.exp(x);
    }

    @Override
    public String toString() {
        return "ELU(alpha=" + alpha + ")";
    }
}
