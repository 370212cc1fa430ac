// Numerical gradients by central differences and checks of analytic gradients against them; not a trainer.
package org.nnworkbook.nn.gradcheck;

import java.util.function.DoubleUnaryOperator;
import java.util.function.ToDoubleFunction;
import org.nnworkbook.nn.Matrix;
import org.nnworkbook.nn.Parameter;
import org.nnworkbook.nn.ShapeException;
import org.nnworkbook.nn.activations.Activation;
import org.nnworkbook.nn.layers.Layer;
import org.nnworkbook.nn.loss.Loss;

/**
 * Checks a backward pass against the definition of the derivative,
 * {@code df/dx ≈ (f(x + h) - f(x - h)) / 2h}, one element at a time (CS231n's gradient check,
 * tinygrad's {@code gradcheck}).
 *
 * <pre>{@code
 * jshell> var report = GradCheck.model(net, new CrossEntropyLoss(), x, y);
 * jshell> report.maxRelativeError() < 1e-6
 * $2 ==> true
 * }</pre>
 *
 * Kinks (ReLU at 0, L1 at p = t, maxout ties) are not differentiable: keep inputs a little away from
 * them, or a correct gradient can look wrong. Each check costs two forward passes per element, so use
 * small models.
 */
public final class GradCheck {
    /** The step {@code h}; about the cube root of the double precision, which balances truncation and rounding. */
    public static final double STEP = 1e-5;

    private GradCheck() {}

    /** CS231n's {@code |a - b| / max(1e-8, |a| + |b|)}. */
    public static double relativeError(double a, double b) {
        return Math.abs(a - b) / Math.max(1e-8, Math.abs(a) + Math.abs(b));
    }

    /** The largest element-wise relative error of two matrices of one shape (NaN if any element is NaN). */
    public static double relativeError(Matrix a, Matrix b) {
        if (a.rows() != b.rows() || a.cols() != b.cols()) {
            throw ShapeException.in("GradCheck.relativeError").problem("the two gradients have different shapes")
                    .shape("a", a).shape("b", b)
                    .hint("compare a gradient with the numerical gradient of the same matrix").build();
        }
        double worst = 0;
        for (int i = 0; i < a.size(); i++) {
            worst = Math.max(worst, relativeError(a.data()[i], b.data()[i]));
        }
        return worst;
    }

    /** {@code (f(x + h) - f(x - h)) / 2h}. */
    public static double numericalDerivative(DoubleUnaryOperator f, double x) {
        return (f.applyAsDouble(x + STEP) - f.applyAsDouble(x - STEP)) / (2 * STEP);
    }

    /**
     * The gradient of {@code f} at {@code x}, one element at a time: each element of {@code x} is moved by
     * ±h, {@code f} evaluated, and the element restored exactly.
     */
    public static Matrix numericalGradient(ToDoubleFunction<Matrix> f, Matrix x) {
        Matrix grad = Matrix.zeros(x.rows(), x.cols());
        double[] d = x.data();
        for (int i = 0; i < d.length; i++) {
            double original = d[i];
            d[i] = original + STEP;
            double plus = f.applyAsDouble(x);
            d[i] = original - STEP;
            double minus = f.applyAsDouble(x);
            d[i] = original;
            grad.data()[i] = (plus - minus) / (2 * STEP);
        }
        return grad;
    }

    /**
     * Every parameter's gradient and the input's gradient of {@code loss(model(x), y)}. The analytic
     * gradients are left in the parameters afterwards.
     */
    public static GradCheckReport model(Layer model, Loss loss, Matrix x, Matrix y) {
        model.zeroGrad();
        Matrix dx = model.backward(loss.gradient(model.forward(x), y));
        return compare(model, dx, x, xi -> loss.value(model.forward(xi), y));
    }

    /**
     * A layer on its own: its output is scored with {@code L = Σ output ⊙ R} for a fixed random {@code R}
     * (so {@code dL/d(output) = R}), and every parameter's and the input's gradient checked.
     */
    public static GradCheckReport layer(Layer layer, Matrix x, long seed) {
        layer.zeroGrad();
        Matrix out = layer.forward(x);
        Matrix r = Matrix.randn(out.rows(), out.cols(), seed);
        Matrix dx = layer.backward(r);
        return compare(layer, dx, x, xi -> layer.forward(xi).mul(r).sum());
    }

    /** Compares the analytic gradients (input: {@code dx}; parameters: their grads) with numerical ones of {@code lossAt}. */
    private static GradCheckReport compare(Layer layer, Matrix dx, Matrix x, ToDoubleFunction<Matrix> lossAt) {
        GradCheckReport report = new GradCheckReport(STEP);
        report.add("input", dx, numericalGradient(lossAt, x.copy()));
        for (Parameter p : layer.parameters()) {
            report.add(p.name(), p.grad().copy(), numericalGradient(unused -> lossAt.applyAsDouble(x), p.value()));
        }
        layer.forward(x);   // leave the layer's cache as the analytic pass left it
        return report;
    }

    /** A loss's gradient with respect to the prediction. */
    public static GradCheckReport loss(Loss loss, Matrix prediction, Matrix target) {
        GradCheckReport report = new GradCheckReport(STEP);
        Matrix p = prediction.copy();
        report.add("prediction", loss.gradient(prediction, target), numericalGradient(m -> loss.value(m, target), p));
        return report;
    }

    /** An activation's {@code derivative} at the given points, against differences of {@code apply}. */
    public static GradCheckReport activation(Activation f, double... points) {
        Matrix analytic = Matrix.row(points).map(f::derivative);
        Matrix numeric = Matrix.row(points).map(x -> numericalDerivative(f::apply, x));
        GradCheckReport report = new GradCheckReport(STEP);
        report.add(f.getClass().getSimpleName() + "'", analytic, numeric);
        return report;
    }
}
