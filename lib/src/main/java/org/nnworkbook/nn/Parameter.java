// A learnable matrix together with its gradient; not an optimiser (the update rule lives in optim).
package org.nnworkbook.nn;

/**
 * A named learnable matrix and the gradient of the loss with respect to it, of the same shape. Layers
 * add into {@link #grad()} during {@code backward}; optimisers read it and change {@link #value()}.
 *
 * <pre>{@code
 * jshell> for (var p : net.parameters()) p.value().addScaledInPlace(-0.1, p.grad());   // one plain GD step
 * }</pre>
 */
public final class Parameter {
    private final String name;
    private final Matrix value;
    private final Matrix grad;

    public Parameter(String name, Matrix value) {
        this.name = name;
        this.value = value;
        this.grad = Matrix.zeros(value.rows(), value.cols());
    }

    private Parameter(String name, Matrix value, Matrix grad) {
        this.name = name;
        this.value = value;
        this.grad = grad;
    }

    /** The same parameter (same matrices) under a longer name, e.g. {@code "0.weight"} inside a Sequential. */
    public Parameter withPrefix(String prefix) {
        return new Parameter(prefix + name, value, grad);
    }

    public String name() {
        return name;
    }

    /** The live values: changing them changes the model. */
    public Matrix value() {
        return value;
    }

    /** The live gradient, accumulated by backward passes until {@link #zeroGrad()}. */
    public Matrix grad() {
        return grad;
    }

    public void zeroGrad() {
        grad.fillInPlace(0.0);
    }

    @Override
    public String toString() {
        return "Parameter(" + name + " " + value.shape() + ", |grad|=" + String.format("%.4g", grad.norm()) + ")";
    }
}
