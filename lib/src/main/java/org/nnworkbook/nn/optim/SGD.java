// Stochastic gradient descent, optionally with momentum (PyTorch's formula); the optimiser state is the velocity.
package org.nnworkbook.nn.optim;

import java.util.ArrayList;
import java.util.List;
import org.nnworkbook.nn.Matrix;
import org.nnworkbook.nn.Parameter;
import org.nnworkbook.nn.internal.Check;

/**
 * Plain SGD {@code θ ← θ - η·g}, or with momentum μ (PyTorch's form):
 * {@code v ← μ·v + g;  θ ← θ - η·v}, the velocity {@code v} starting at zero. Momentum keeps moving
 * through flat or noisy stretches of the loss surface.
 *
 * <pre>{@code
 * jshell> var opt = new SGD(net.parameters(), 0.1);          // plain
 * jshell> var opt = new SGD(net.parameters(), 0.01, 0.9);    // with momentum
 * }</pre>
 */
public final class SGD extends AbstractOptimizer {
    private final double momentum;
    private final List<Matrix> velocity = new ArrayList<>();

    public SGD(List<Parameter> parameters, double learningRate) {
        this(parameters, learningRate, 0.0);
    }

    public SGD(List<Parameter> parameters, double learningRate, double momentum) {
        super("SGD", parameters, learningRate);
        this.momentum = Check.unitInterval("momentum", momentum);
        if (momentum > 0) {
            for (Parameter p : this.parameters) {
                velocity.add(Matrix.zeros(p.value().rows(), p.value().cols()));
            }
        }
    }

    @Override
    public void step() {
        for (int i = 0; i < parameters.size(); i++) {
            Parameter p = parameters.get(i);
            if (momentum == 0) {
                p.value().addScaledInPlace(-learningRate, p.grad());        // θ -= η·g
            } else {
                Matrix v = velocity.get(i);
                v.scaleInPlace(momentum).addInPlace(p.grad());              // v = μ·v + g
                p.value().addScaledInPlace(-learningRate, v);               // θ -= η·v
            }
        }
    }

    public double momentum() {
        return momentum;
    }

    @Override
    public String toString() {
        return "SGD(lr=" + learningRate + (momentum > 0 ? ", momentum=" + momentum : "") + ")";
    }
}
