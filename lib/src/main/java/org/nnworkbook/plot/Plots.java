// The notebooks' plot helpers, one static method per picture; each returns a Figure. Implementations live beside it.
package org.nnworkbook.plot;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;
import java.util.function.ToIntFunction;
import org.nnworkbook.data.Dataset;
import org.nnworkbook.nn.Matrix;
import org.nnworkbook.nn.Model;
import org.nnworkbook.nn.Value;
import org.nnworkbook.nn.activations.Activation;
import org.nnworkbook.nn.activations.ActivationLayer;
import org.nnworkbook.nn.layers.Sequential;
import org.nnworkbook.nn.train.ConfusionMatrix;
import org.nnworkbook.nn.train.History;

/**
 * Every picture the workbook draws, as a one-liner. Each method returns a {@link Figure}: left as a cell's
 * last value it is shown inline; {@code save("name.png")} writes it. One panel is 640 px wide; class
 * {@code k} has colour {@link Palette#of(int) Palette.of(k)} in every plot.
 *
 * <pre>{@code
 * jshell> import org.nnworkbook.data.*; import org.nnworkbook.plot.*;
 * jshell> Plots.activation(new Tanh(), -4, 4)                    // tanh beside tanh'
 * jshell> var data = Synthetic.circles(300, 0.05, 1);
 * jshell> Plots.boundary(net, data).logits(true)                 // regions, shaded by σ(logit)
 * jshell> Plots.grid(2, Plots.trainingCurves(history), Plots.boundary(net, data))
 * }</pre>
 */
public final class Plots {
    private Plots() {}

    /** Curves of named functions over [lo, hi]; the legend keeps the map's order (use a LinkedHashMap). */
    public static Figure functions(String title, double lo, double hi, Map<String, DoubleUnaryOperator> curves) {
        return CurvePlots.functions(title, lo, hi, curves);
    }

    /** An activation {@code f} (left) beside its derivative {@code df} (right), over [lo, hi]. */
    public static Figure activation(String name, DoubleUnaryOperator f, DoubleUnaryOperator df, double lo, double hi) {
        return CurvePlots.activation(name, f, df, lo, hi);
    }

    /** A library activation (e.g. {@code new Sigmoid()}) beside its derivative. */
    public static Figure activation(Activation a, double lo, double hi) {
        String name = a instanceof ActivationLayer layer ? layer.name() : a.getClass().getSimpleName();
        return CurvePlots.activation(name, a::apply, a::derivative, lo, hi);
    }

    /**
     * Labelled 2-D scatter: one colour per class, features {@code x1, x2} on the axes. For 1-D regression
     * data: {@code y} against {@code x}. Data with more features: use {@link #scatter(String, Dataset, int, int)}.
     */
    public static Figure scatter(String title, Dataset data) {
        Inputs.requireRows("Plots.scatter", data);
        if (data.isClassification() && data.features() != 2) {
            throw new IllegalArgumentException("Plots.scatter: the data has " + data.features() + " features "
                    + data.featureNames() + "; pick two with scatter(title, data, 0, 1) (column numbers from 0)");
        }
        return CurvePlots.scatter(title, data, 0, 1);
    }

    /** Classification data drawn on two chosen feature columns (numbered from 0), e.g. iris petal sizes: 2, 3. */
    public static Figure scatter(String title, Dataset data, int featureX, int featureY) {
        return CurvePlots.scatter(title, data, featureX, featureY);
    }

    /**
     * The decision regions of {@code model} over the data's range (2 features), data points on top.
     * Outputs {@code [n, 1]}: P(class 1), or a logit (see {@link BoundaryPlot#logits}); {@code [n, K]}: one
     * score per class. A model that does not take 2 inputs, or whose outputs do not match the classes, is
     * refused with a message saying which numbers differ.
     */
    public static BoundaryPlot boundary(Model model, Dataset data) {
        if (model == null) {
            throw new IllegalArgumentException("Plots.boundary: the model is null; pass a trained network or a lambda");
        }
        return new BoundaryPlot(model, null, data);
    }

    /** The regions of a hand-written classifier {@code point -> class}, where {@code point = {x1, x2}}. */
    public static BoundaryPlot boundary(ToIntFunction<double[]> classifier, Dataset data) {
        if (classifier == null) {
            throw new IllegalArgumentException("Plots.boundary: the classifier is null; pass p -> p[0] + p[1] > 1 ? 1 : 0");
        }
        return new BoundaryPlot(null, classifier, data);
    }

    /**
     * Panels side by side, {@code columns} per row, in the order given. Grids wider than 1280 px draw their
     * chart panels narrower (text keeps its size).
     */
    public static Figure grid(int columns, List<? extends Figure> panels) {
        return Grid.of(columns, panels);
    }

    public static Figure grid(int columns, Figure... panels) {
        return Grid.of(columns, Arrays.asList(panels));
    }

    /** Loss per epoch (train, and validation when recorded) and, for classification, accuracy beside it. */
    public static Figure trainingCurves(History history) {
        return CurvePlots.trainingCurves(history);
    }

    /**
     * A learned function against its target over the samples' x range, samples as grey dots.
     * {@code samples}: 1-D regression data (e.g. {@link org.nnworkbook.data.Synthetic#function1d}); {@code target}
     * may be null when unknown.
     */
    public static Figure fit(String title, Dataset samples, DoubleUnaryOperator target, DoubleUnaryOperator learned) {
        double[] xs = CurvePlots.fitXs(samples);
        return CurvePlots.fit(title, samples, target, xs, CurvePlots.sample("Plots.fit", "learned", learned, xs));
    }

    /** As above, with a model of one input and one output, evaluated in one batch {@code [points, 1]}. */
    public static Figure fit(String title, Dataset samples, DoubleUnaryOperator target, Model learned) {
        double[] xs = CurvePlots.fitXs(samples);
        Matrix out = learned.forward(Matrix.column(xs));
        if (out.cols() != 1) {
            throw new IllegalArgumentException("Plots.fit: the model gives " + out.cols() + " outputs per x; a fitted"
                    + " function needs exactly one (an output layer with 1 unit)");
        }
        return CurvePlots.fit(title, samples, target, xs, out.data());
    }

    /** One quantity against another, as a line with dots (e.g. approximation error against the number of buckets). */
    public static Figure series(String title, String xLabel, String yLabel, double[] xs, double[] ys) {
        return CurvePlots.series(title, xLabel, yLabel, xs, ys);
    }

    /** One bar per layer (layer 1 closest to the input); a log axis when the norms span 100× or more. */
    public static Figure gradientNorms(String title, double[] normPerLayer) {
        return CurvePlots.gradientNorms(title, normPerLayer);
    }

    /** The weight-gradient norm of each Linear layer of {@code model} from its last backward pass. */
    public static Figure gradientNorms(Sequential model) {
        double[] norms = model.weightGradientNorms();
        if (norms.length > 0 && Arrays.stream(norms).allMatch(v -> v == 0)) {
            throw new IllegalArgumentException("Plots.gradientNorms: every gradient is 0, so no backward pass has run"
                    + " (or they were zeroed); train a step or call backward first, e.g. from a TrainingListener");
        }
        return CurvePlots.gradientNorms("Weight-gradient norm per layer", norms);
    }

    /** The counts of a confusion matrix (rows actual, columns predicted), each cell shaded by its share of the row. */
    public static Figure confusion(ConfusionMatrix matrix, List<String> classNames) {
        return ConfusionPlot.of(matrix, classNames);
    }

    /**
     * Each row of {@code rows [n, width·height]} as a {@code width × height} image (row-major), {@code columns}
     * per line, an optional caption under each ({@code List.of()} for none). Non-negative values are drawn as
     * ink on paper (0 white, the largest value black); if any value is negative (weights), each image is
     * drawn on its own scale, blue below 0 and red above. Digits: {@code images(d.head(20).x(), 8, 8, 10, ...)};
     * first-layer weights: {@code images(layer.weight().transpose(), 8, 8, 8, List.of())}.
     */
    public static Figure images(Matrix rows, int width, int height, int columns, List<String> captions) {
        return ImageGrid.of(rows, width, height, columns, captions);
    }

    /**
     * The computation graph behind {@code output}: one box per node with its name and operation, its value
     * ({@code data}) and its gradient ({@code grad}), inputs on the left and {@code output} on the right. Call
     * {@code output.backward()} first to see the gradients. At most 150 nodes.
     */
    public static Figure graph(Value output) {
        return GraphPlot.of(output);
    }
}
