// Argument checks and shared pieces of the plot helpers (class dots, legend names); messages say what to do.
package org.nnworkbook.plot;

import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.XYChart;
import org.nnworkbook.data.Dataset;
import org.nnworkbook.nn.Matrix;
import org.nnworkbook.nn.Model;
import org.nnworkbook.nn.ShapeException;
import org.nnworkbook.nn.layers.Layer;
import org.nnworkbook.nn.layers.Linear;
import org.nnworkbook.nn.layers.Sequential;

/** Checks shared by the plot helpers. */
final class Inputs {
    private Inputs() {}

    static void requireRows(String op, Dataset data) {
        if (data == null) {
            throw new IllegalArgumentException(op + ": the data set is null; pass a Dataset (e.g. Synthetic.moons(200, 0.1, 1))");
        }
        if (data.size() == 0) {
            throw new IllegalArgumentException(op + ": the data set \"" + data.name() + "\" is empty (0 rows);"
                    + " nothing to draw. Check the split fractions or the rows you selected");
        }
    }

    static void requireTwoFeatureClasses(String op, Dataset data) {
        requireRows(op, data);
        if (!data.isClassification()) {
            throw new IllegalArgumentException(op + ": \"" + data.name() + "\" is a regression data set; decision"
                    + " boundaries need class labels (Dataset.classification)");
        }
        if (data.features() != 2) {
            throw new IllegalArgumentException(op + ": the data has " + data.features() + " features but a boundary"
                    + " plot shows a plane of 2; use 2-D data (e.g. Synthetic.moons) or keep two columns with withX");
        }
    }

    /** The number of model outputs on 2-D data, or a clear error when the model does not fit the data. */
    static int modelOutputs(String op, Model model, Dataset data) {
        int expected = inputsOf(model);
        if (expected >= 0 && expected != data.features()) {
            throw new IllegalArgumentException(op + ": the model takes " + expected + " input features but the data has "
                    + data.features() + " " + data.featureNames() + "; plot a model trained on this data (its first"
                    + " layer needs in = " + data.features() + ")");
        }
        Matrix out;
        try {
            out = model.forward(data.x().sliceRows(0, 1));
        } catch (ShapeException e) {
            throw new IllegalArgumentException(op + ": the model cannot take the data's " + data.features()
                    + " features; the model said:\n" + e.getMessage(), e);
        }
        int k = out.cols();
        if (k == 1 && data.classes() > 2) {
            throw new IllegalArgumentException(op + ": the model has 1 output but the data has " + data.classes()
                    + " classes; a model for K classes needs K outputs (one score per class)");
        }
        if (k > 1 && k != data.classes()) {
            throw new IllegalArgumentException(op + ": the model gives " + k + " scores per point but the data has "
                    + data.classes() + " classes " + data.classNames() + "; the output layer needs one unit per class");
        }
        return k;
    }

    /** The input width a layer declares, or -1 when it cannot tell (lambdas, activations). */
    static int inputsOf(Model model) {
        if (model instanceof Linear linear) {
            return linear.in();
        }
        if (model instanceof Sequential seq) {
            for (Layer layer : seq.layers()) {
                if (layer instanceof Linear linear) {
                    return linear.in();
                }
                if (layer instanceof Sequential) {
                    return inputsOf(layer);
                }
            }
        }
        return -1;
    }

    /** One dot series per class, in the class's palette colour, named for the legend. */
    static void addClassDots(XYChart chart, Matrix x, int[] labels, List<String> classNames) {
        for (int c = 0; c < classNames.size(); c++) {
            List<Double> xs = new ArrayList<>();
            List<Double> ys = new ArrayList<>();
            for (int i = 0; i < labels.length; i++) {
                if (labels[i] == c) {
                    xs.add(x.get(i, 0));
                    ys.add(x.get(i, 1));
                }
            }
            if (!xs.isEmpty()) {
                Charts.dots(chart, legendName(classNames.get(c)), unbox(xs), unbox(ys), Palette.of(c));
            }
        }
    }

    /** "class 0" for numbered classes, the name itself otherwise. */
    static String legendName(String className) {
        return className.matches("\\d+") ? "class " + className : className;
    }

    static double[] unbox(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
