// Shared bookkeeping of the optimisers (parameter list, checked learning rate); no update rule here.
package org.nnworkbook.nn.optim;

import java.util.List;
import org.nnworkbook.nn.Parameter;
import org.nnworkbook.nn.internal.Check;

abstract class AbstractOptimizer implements Optimizer {
    protected final List<Parameter> parameters;
    protected double learningRate;

    AbstractOptimizer(String name, List<Parameter> parameters, double learningRate) {
        if (parameters.isEmpty()) {
            throw new IllegalArgumentException(name + " got an empty parameter list; pass model.parameters() of a model"
                    + " with at least one learnable layer");
        }
        this.parameters = List.copyOf(parameters);
        setLearningRate(learningRate);
    }

    @Override
    public List<Parameter> parameters() {
        return parameters;
    }

    @Override
    public double learningRate() {
        return learningRate;
    }

    @Override
    public void setLearningRate(double learningRate) {
        this.learningRate = Check.positiveFinite("learning rate", learningRate, "0.1 for SGD or 0.001 for Adam");
    }
}
