// The XChart-drawn helpers behind Plots: curves, scatter, training curves, fits, series and bar charts.
package org.nnworkbook.plot;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.nnworkbook.data.Dataset;
import org.nnworkbook.nn.Matrix;
import org.nnworkbook.nn.train.EpochResult;
import org.nnworkbook.nn.train.History;

/** Implementations of the chart-like {@link Plots} methods; see there for the documentation. */
final class CurvePlots {
    static final int SAMPLES = 401;
    static final Color SAMPLE_GREY = new Color(0x8A8A8A);

    private CurvePlots() {}

    static ChartFigure functions(String title, double lo, double hi, Map<String, DoubleUnaryOperator> curves) {
        Charts.interval("Plots.functions", lo, hi);
        if (curves == null || curves.isEmpty()) {
            throw new IllegalArgumentException("Plots.functions: no curves; pass a map such as Map.of(\"tanh\", Math::tanh)");
        }
        XYChart chart = Charts.xy(title, "x", "y");
        double[] xs = Charts.linspace(lo, hi, SAMPLES);
        int k = 0;
        for (Map.Entry<String, DoubleUnaryOperator> curve : curves.entrySet()) {
            Charts.line(chart, curve.getKey(), xs, sample("Plots.functions", curve.getKey(), curve.getValue(), xs),
                    Palette.of(k++));
        }
        return new ChartFigure(chart);
    }

    /** f at each x; non-finite values become gaps (NaN), and a curve with no finite value is an error. */
    static double[] sample(String op, String name, DoubleUnaryOperator f, double[] xs) {
        double[] ys = new double[xs.length];
        boolean any = false;
        for (int i = 0; i < xs.length; i++) {
            double y = f.applyAsDouble(xs[i]);
            ys[i] = Double.isFinite(y) ? y : Double.NaN;
            any |= Double.isFinite(y);
        }
        if (!any) {
            throw new IllegalArgumentException(op + ": \"" + name + "\" has no finite value between " + xs[0] + " and "
                    + xs[xs.length - 1] + "; check the function or choose another interval");
        }
        return ys;
    }

    static Figure activation(String name, DoubleUnaryOperator f, DoubleUnaryOperator df, double lo, double hi) {
        Charts.interval("Plots.activation", lo, hi);
        double[] xs = Charts.linspace(lo, hi, SAMPLES);
        XYChart left = Charts.xy(name + "(x)", "x", name + "(x)");
        Charts.line(left, name, xs, sample("Plots.activation", name, f, xs), Palette.of(0));
        XYChart right = Charts.xy(name + "'(x), its derivative", "x", name + "'(x)");
        Charts.line(right, name + "'", xs, sample("Plots.activation", name + "'", df, xs), Palette.of(1));
        return Grid.of(2, List.of(new ChartFigure(left), new ChartFigure(right)));
    }

    static ChartFigure scatter(String title, Dataset data, int fx, int fy) {
        Inputs.requireRows("Plots.scatter", data);
        if (!data.isClassification()) {
            if (data.features() != 1 || data.y().cols() != 1) {
                throw new IllegalArgumentException("Plots.scatter: regression data is drawn as y against x and needs"
                        + " 1 feature and 1 target; this has x [" + data.size() + ", " + data.features() + "] and y "
                        + data.y().shape());
            }
            XYChart chart = Charts.xy(title, data.featureNames().get(0), "y");
            Charts.dots(chart, "samples", data.x().data(), data.y().data(), SAMPLE_GREY);
            chart.getStyler().setLegendVisible(false);
            return new ChartFigure(chart);
        }
        if (fx < 0 || fy < 0 || fx >= data.features() || fy >= data.features() || fx == fy) {
            throw new IllegalArgumentException("Plots.scatter: features " + fx + " and " + fy + " do not name two"
                    + " different columns of 0.." + (data.features() - 1) + " " + data.featureNames());
        }
        Matrix x = data.x();
        Matrix xy = Matrix.generate(data.size(), 2, (i, j) -> x.get(i, j == 0 ? fx : fy));
        XYChart chart = Charts.xy(title, data.featureNames().get(fx), data.featureNames().get(fy));
        Inputs.addClassDots(chart, xy, data.labels(), data.classNames());
        return new ChartFigure(chart);
    }

    static Figure trainingCurves(History history) {
        if (history == null || history.size() == 0) {
            throw new IllegalArgumentException("Plots.trainingCurves: the history has no epochs yet; plot what"
                    + " trainer(...).fit(x, y) returned after training");
        }
        return curves(history.epochs(), "Loss");
    }

    /** Loss (titled {@code lossTitle}) and, when any was recorded, accuracy, from the epochs so far. */
    static Figure curves(List<EpochResult> results, String lossTitle) {
        double[] epochs = new double[results.size()];
        double[][] columns = new double[4][results.size()];
        for (int i = 0; i < epochs.length; i++) {
            EpochResult e = results.get(i);
            epochs[i] = e.epoch();
            columns[0][i] = e.trainLoss();
            columns[1][i] = e.validationLoss();
            columns[2][i] = e.trainAccuracy();
            columns[3][i] = e.validationAccuracy();
        }
        ChartFigure loss = curvePair(lossTitle, "loss", epochs, columns[0], columns[1]);
        if (!anyFinite(columns[2]) && !anyFinite(columns[3])) {
            return loss;
        }
        return Grid.of(2, List.of(loss, curvePair("Accuracy", "accuracy", epochs, columns[2], columns[3])));
    }

    /** Train (blue) and, when recorded, validation (orange) curves: the same colours in every panel. */
    private static ChartFigure curvePair(String title, String yLabel, double[] epochs, double[] train, double[] val) {
        XYChart chart = Charts.xy(title, "epoch", yLabel);
        if (anyFinite(train)) {
            Charts.line(chart, "train", epochs, finiteOrNaN(train), Palette.of(0));
        }
        if (anyFinite(val)) {
            Charts.line(chart, "validation", epochs, finiteOrNaN(val), Palette.of(1));
        }
        if (epochs.length == 1) {
            chart.getSeriesCollection().forEach(s -> s.setMarker(SeriesMarkers.CIRCLE));
        }
        return new ChartFigure(chart);
    }

    static ChartFigure fit(String title, Dataset samples, DoubleUnaryOperator target, double[] xs, double[] learned) {
        XYChart chart = Charts.xy(title, samples.featureNames().get(0), "y");
        Charts.dots(chart, "samples", samples.x().data(), samples.y().data(), SAMPLE_GREY);
        if (target != null) {
            Charts.line(chart, "target", xs, sample("Plots.fit", "target", target, xs), Palette.of(0));
        }
        Charts.line(chart, "learned", xs, finiteOrNaN(learned), Palette.of(1));
        return new ChartFigure(chart);
    }

    /** The x values at which {@link #fit} draws curves: across the samples' range. */
    static double[] fitXs(Dataset samples) {
        Inputs.requireRows("Plots.fit", samples);
        if (samples.isClassification() || samples.features() != 1 || samples.y().cols() != 1) {
            throw new IllegalArgumentException("Plots.fit: the samples must be 1-D regression data (x [n, 1], y [n, 1]),"
                    + " e.g. Synthetic.function1d(Math::sin, 40, -3, 3, 0.1, 1); got " + samples);
        }
        Matrix x = samples.x();
        double lo = x.min();
        double hi = x.max();
        return lo < hi ? Charts.linspace(lo, hi, SAMPLES) : new double[] {lo};
    }

    static ChartFigure series(String title, String xLabel, String yLabel, double[] xs, double[] ys) {
        if (xs.length != ys.length || xs.length == 0) {
            throw new IllegalArgumentException("Plots.series: " + xs.length + " x values and " + ys.length
                    + " y values; pass the same number (at least one) of each");
        }
        XYChart chart = Charts.xy(title, xLabel, yLabel);
        XYSeries s = Charts.line(chart, yLabel, xs, finiteOrNaN(ys), Palette.of(0));
        s.setMarker(SeriesMarkers.CIRCLE);
        s.setMarkerColor(Palette.of(0));
        chart.getStyler().setLegendVisible(false);
        return new ChartFigure(chart);
    }

    static ChartFigure gradientNorms(String title, double[] norms) {
        if (norms.length == 0) {
            throw new IllegalArgumentException("Plots.gradientNorms: no layers; pass one norm per layer");
        }
        double min = Double.POSITIVE_INFINITY;
        double max = 0;
        List<String> layers = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        for (int i = 0; i < norms.length; i++) {
            if (!(norms[i] >= 0) || Double.isInfinite(norms[i])) {
                throw new IllegalArgumentException("Plots.gradientNorms: layer " + (i + 1) + " has norm " + norms[i]
                        + "; a norm is a finite number >= 0 (did training diverge?)");
            }
            min = Math.min(min, norms[i]);
            max = Math.max(max, norms[i]);
            layers.add(String.valueOf(i + 1));
            values.add(norms[i]);
        }
        // Vanishing gradients span orders of magnitude: a log axis shows them, a linear one hides the small ones.
        boolean log = min > 0 && max / min >= 100;
        CategoryChart chart = Charts.bars(title, "layer (1 = closest to the input)",
                log ? "gradient norm (log scale)" : "gradient norm");
        CategorySeries s = chart.addSeries("gradient norm", layers, values);
        s.setFillColor(Palette.of(0));
        chart.getStyler().setLegendVisible(false);
        chart.getStyler().setYAxisLogarithmic(log);
        if (log) {
            chart.getStyler().setYAxisTickLabelsFormattingFunction(null);   // XChart's decade labels
            // half a decade below the smallest bar, so even that bar has a visible height
            chart.getStyler().setYAxisMin(Math.pow(10, Math.floor(Math.log10(min) - 0.5)));
        }
        return new ChartFigure(chart);
    }

    static boolean anyFinite(double[] values) {
        for (double v : values) {
            if (Double.isFinite(v)) {
                return true;
            }
        }
        return false;
    }

    static double[] finiteOrNaN(double[] values) {
        double[] out = values.clone();
        for (int i = 0; i < out.length; i++) {
            if (!Double.isFinite(out[i])) {
                out[i] = Double.NaN;
            }
        }
        return out;
    }
}
