// Adam: per-parameter step sizes from running means of g and g², with bias correction; state = two moments.
package org.nnworkbook.nn.optim;

import java.util.ArrayList;
import java.util.List;
import org.nnworkbook.nn.Matrix;
import org.nnworkbook.nn.Parameter;
import org.nnworkbook.nn.internal.Check;

/**
 * Adam (Kingma and Ba, 2015). For each parameter, at step {@code t = 1, 2, ...}:
 *
 * <pre>
 * m ← β1·m + (1 - β1)·g           running mean of gradients
 * v ← β2·v + (1 - β2)·g²          running mean of squared gradients
 * m̂ = m / (1 - β1^t),  v̂ = v / (1 - β2^t)      bias correction (m and v start at 0)
 * θ ← θ - η · m̂ / (√v̂ + ε)
 * </pre>
 *
 * Two extra matrices per parameter: with the gradient, about three times the memory of the weights.
 * Defaults: {@code β1 = 0.9, β2 = 0.999, ε = 1e-8}.
 */
public final class Adam extends AbstractOptimizer {
    private final double beta1;
    private final double beta2;
    private final double epsilon;
    private final List<Matrix> m = new ArrayList<>();
    private final List<Matrix> v = new ArrayList<>();
    private int t;

    public Adam(List<Parameter> parameters, double learningRate) {
        this(parameters, learningRate, 0.9, 0.999, 1e-8);
    }

    public Adam(List<Parameter> parameters, double learningRate, double beta1, double beta2, double epsilon) {
        super("Adam", parameters, learningRate);
        this.beta1 = Check.unitInterval("beta1", beta1);
        this.beta2 = Check.unitInterval("beta2", beta2);
        this.epsilon = Check.positiveFinite("epsilon", epsilon, "1e-8");
        for (Parameter p : this.parameters) {
            m.add(Matrix.zeros(p.value().rows(), p.value().cols()));
            v.add(Matrix.zeros(p.value().rows(), p.value().cols()));
        }
    }

    @Override
    public void step() {
        t++;
        double correction1 = 1 - Math.pow(beta1, t);
        double correction2 = 1 - Math.pow(beta2, t);
        for (int i = 0; i < parameters.size(); i++) {
            double[] theta = parameters.get(i).value().data();
            double[] g = parameters.get(i).grad().data();
            double[] mi = m.get(i).data();
            double[] vi = v.get(i).data();
            for (int j = 0; j < theta.length; j++) {
                mi[j] = beta1 * mi[j] + (1 - beta1) * g[j];
                vi[j] = beta2 * vi[j] + (1 - beta2) * g[j] * g[j];
                double mHat = mi[j] / correction1;
                double vHat = vi[j] / correction2;
                theta[j] -= learningRate * mHat / (Math.sqrt(vHat) + epsilon);
            }
        }
    }

    /** How many steps have been taken (the {@code t} of the bias correction). */
    public int steps() {
        return t;
    }

    @Override
    public String toString() {
        return "Adam(lr=" + learningRate + ", betas=(" + beta1 + ", " + beta2 + "), eps=" + epsilon + ")";
    }
}
