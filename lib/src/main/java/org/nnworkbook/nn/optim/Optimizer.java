// What every optimiser offers: a step from the gradients, zeroing them, and a learning rate to schedule.
package org.nnworkbook.nn.optim;

import java.util.List;
import org.nnworkbook.nn.Parameter;

/**
 * Updates parameters from their gradients. State such as momentum lives in the optimiser, never in
 * the layers, so the same network can be trained with any optimiser.
 *
 * <pre>{@code
 * jshell> var opt = new SGD(net.parameters(), 0.1);
 * jshell> opt.zeroGrad(); var out = net.forward(x); net.backward(loss.gradient(out, y)); opt.step();
 * }</pre>
 */
public interface Optimizer {

    /** Changes every parameter using its current gradient. */
    void step();

    /** The parameters this optimiser updates. */
    List<Parameter> parameters();

    double learningRate();

    /** Sets the step size, e.g. from a {@link LearningRateSchedule}. */
    void setLearningRate(double learningRate);

    /** Zeroes every parameter's gradient: call before each backward pass, since gradients accumulate. */
    default void zeroGrad() {
        for (Parameter p : parameters()) {
            p.zeroGrad();
        }
    }
}
