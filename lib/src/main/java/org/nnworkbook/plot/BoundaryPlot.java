// The decision-boundary picture of a model or hand-written classifier over 2-D data (a builder); the grid maths is in DecisionRaster.
package org.nnworkbook.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.nnworkbook.data.Dataset;
import org.nnworkbook.nn.Matrix;
import org.nnworkbook.nn.Model;
import org.nnworkbook.nn.layers.Layer;
import org.nnworkbook.nn.layers.Linear;

/**
 * The regions where a model predicts each class, in the class colours, with the data on top. Made by
 * {@link Plots#boundary}; every setter returns {@code this}, and the picture is drawn when first shown.
 *
 * <pre>{@code
 * jshell> Plots.boundary(net, data).title("After 200 epochs").hiddenUnits((Linear) net.get(0))
 * }</pre>
 *
 * Model outputs: one column is P(class 1) or a logit, and the plot must be told which with
 * {@link #logits} (as the loss decides it in training: {@code bce()} or {@code bceWithLogits()}); K columns
 * are class scores (probabilities, or scores turned into probabilities with softmax). With shading, a region
 * is pale where the model is unsure and strong where it is confident.
 *
 * <p>The picture follows the model: each {@link #image()} checks the model's outputs on the data, its
 * parameters (when it is a {@link Layer}) and the hidden units' weights, and draws again when any changed,
 * so the same plot shows the boundary after training that it showed before.
 */
public final class BoundaryPlot extends DrawnFigure implements Resizable {
    static final int WIDTH = 640;
    static final int HEIGHT = 560;

    private final Dataset data;
    private final Matrix x;                          // [n, 2]
    private final int[] labels;
    private final Model model;                       // null for a classifier
    private final ToIntFunction<double[]> classifier;
    private final int outputs;
    private final DecisionRaster.Range range;
    private String title;
    private Boolean shade;                           // null: shade when there is a model
    private Boolean logits;                          // null: not said (required for one output column)
    private Linear hiddenUnits;
    private Matrix lineWeight;                       // [2, k]
    private Matrix lineBias;                         // [1, k]
    private List<String> lineLabels = List.of();     // empty: h1, h2, ...
    private int resolution = 200;
    private Rectangle plotArea;

    BoundaryPlot(Model model, ToIntFunction<double[]> classifier, Dataset data) {
        super(WIDTH, HEIGHT);
        Inputs.requireTwoFeatureClasses("Plots.boundary", data);
        this.data = data;
        this.x = data.x();
        this.labels = data.labels();
        this.model = model;
        this.classifier = classifier;
        this.outputs = model == null ? 0 : Inputs.modelOutputs("Plots.boundary", model, data);
        this.range = DecisionRaster.Range.around(x);
        this.title = "Decision boundary: " + data.name();
    }

    public BoundaryPlot title(String newTitle) {
        this.title = newTitle;
        return changed();
    }

    /** Shade each region by the model's confidence (default: on for models, off for hand-written classifiers). */
    public BoundaryPlot probabilities(boolean shadeByProbability) {
        this.shade = shadeByProbability;
        return changed();
    }

    /**
     * Whether a one-column output is a logit (σ is applied, class 1 from 0; trained with {@code bceWithLogits()})
     * or a probability (class 1 from 0.5; trained with {@code bce()}). Required for a one-column model.
     */
    public BoundaryPlot logits(boolean outputIsLogit) {
        this.logits = outputIsLogit;
        return changed();
    }

    /** Draws each unit's line {@code w_j·x + b_j = 0} of a first layer with 2 inputs (read when drawn, so it follows training). */
    public BoundaryPlot hiddenUnits(Linear firstLayer) {
        if (firstLayer.in() != 2) {
            throw new IllegalArgumentException("hiddenUnits: the layer takes " + firstLayer.in() + " inputs but the"
                    + " plot's plane has 2 (x1, x2); pass the first Linear layer of a network on 2-D data");
        }
        this.hiddenUnits = firstLayer;
        return changed();
    }

    /** Draws the lines {@code w_j·x + b_j = 0} of hand-set weights {@code weight [2, k]}, {@code bias [1, k]}. */
    public BoundaryPlot lines(Matrix weight, Matrix bias) {
        if (weight.rows() != 2 || bias.rows() != 1 || bias.cols() != weight.cols()) {
            throw new IllegalArgumentException("lines: expected weight [2, k] (column j = unit j's weights) and bias"
                    + " [1, k], got weight " + weight.shape() + " and bias " + bias.shape()
                    + "; for the lecture's W (k × 2) pass W.transpose()");
        }
        this.lineWeight = weight.copy();
        this.lineBias = bias.copy();
        return changed();
    }

    /**
     * Names written beside the unit lines, in order (default "h1", "h2", ...): say {@code "out"} for an output
     * unit's line drawn in the hidden plane. A name left out falls back to the default.
     */
    public BoundaryPlot lineLabels(String... labels) {
        this.lineLabels = List.of(labels);
        return changed();
    }

    /** Grid points per side at which the model is evaluated (default 200; between 10 and 1000). */
    public BoundaryPlot resolution(int cellsPerSide) {
        if (cellsPerSide < 10 || cellsPerSide > 1000) {
            throw new IllegalArgumentException("resolution: " + cellsPerSide + " cells per side; use 10..1000 (default 200)");
        }
        this.resolution = cellsPerSide;
        return changed();
    }

    /** Picture size in pixels (default 640 × 560). */
    public BoundaryPlot size(int newWidth, int newHeight) {
        if (newWidth < 200 || newHeight < 200) {
            throw new IllegalArgumentException("size: " + newWidth + "×" + newHeight + " is too small; use at least 200×200");
        }
        resize(newWidth, newHeight);
        return this;
    }

    private BoundaryPlot changed() {
        redraw();
        return this;
    }

    @Override
    public Figure resized(int newWidth, int newHeight) {
        BoundaryPlot copy = new BoundaryPlot(model, classifier, data);
        copy.title = title;
        copy.shade = shade;
        copy.logits = logits;
        copy.hiddenUnits = hiddenUnits;
        copy.lineWeight = lineWeight;
        copy.lineBias = lineBias;
        copy.lineLabels = lineLabels;
        copy.resolution = resolution;
        copy.resize(newWidth, newHeight);
        return copy;
    }

    /** Where data point (x1, x2) lands in {@link #image()} (for tests and annotations). */
    java.awt.Point pixelOf(double x1, double x2) {
        image();
        return pixelOfUnchecked(x1, x2);
    }

    @Override
    BufferedImage draw() {
        int width = width();
        int height = height();
        PlotChart chart = chart();
        // Pass 1 finds where XChart puts the plot area; pass 2 paints the regions there, then the chart on top.
        Charts.render(chart, width, height);
        Rectangle2D bounds = chart.plotBounds();
        plotArea = new Rectangle((int) Math.ceil(bounds.getX()), (int) Math.ceil(bounds.getY()),
                (int) Math.floor(bounds.getWidth()), (int) Math.floor(bounds.getHeight()));
        DecisionRaster raster = model != null
                ? DecisionRaster.of(model, new DecisionRaster.Scores(isLogit()), range, resolution, rasterClasses())
                : DecisionRaster.of(classifier, range, classifierCells(), data.classes());
        boolean shaded = shade != null ? shade : model != null;
        BufferedImage out = Charts.blank(width, height);
        Graphics2D g = Charts.smooth(out.createGraphics());
        try {
            g.drawImage(raster.paint(plotArea.width, plotArea.height, shaded), plotArea.x, plotArea.y, null);
            chart.paint(g, width, height);
            outlinePoints(g);
            labelLines(g);
        } finally {
            g.dispose();
        }
        return out;
    }

    /** A hand classifier is cheap and has no probabilities to blend: ask it at every pixel, so borders are sharp. */
    private int classifierCells() {
        return Math.max(resolution, Math.max(plotArea.width, plotArea.height));
    }

    private int rasterClasses() {
        return outputs == 1 ? 2 : outputs;
    }

    /** Whether this plots a model with one output column, which needs {@link #logits} to be said. */
    boolean hasOneOutput() {
        return outputs == 1;
    }

    /** Throws unless a one-column model's output has been said to be a logit or a probability. */
    void requireOutputMeaning() {
        if (model != null) {
            isLogit();
        }
    }

    private boolean isLogit() {
        if (outputs == 1 && logits == null) {
            throw new IllegalStateException("Plots.boundary: the model has one output column, which is class 1 from 0"
                    + " if it is a logit and from 0.5 if it is a probability; say which with .logits(true) (trained with"
                    + " bceWithLogits()) or .logits(false) (a sigmoid output, trained with bce())");
        }
        return outputs == 1 && logits;
    }

    /** The model's outputs on the data, its parameters and the hidden units' weights, as they are now. */
    @Override
    Object drawnFrom() {
        List<Matrix> state = new ArrayList<>();
        if (model != null) {
            state.add(model.forward(x));
            if (model instanceof Layer layer) {
                layer.parameters().forEach(p -> state.add(p.value().copy()));
            }
        }
        if (hiddenUnits != null) {
            state.add(hiddenUnits.weight().copy());
            state.add(hiddenUnits.bias().copy());
        }
        return state;
    }

    private PlotChart chart() {
        PlotChart chart = new PlotChart(width(), height());
        chart.setTitle(title);
        chart.setXAxisTitle(data.featureNames().get(0));
        chart.setYAxisTitle(data.featureNames().get(1));
        Charts.style(chart.getStyler());
        chart.getStyler().setChartBackgroundColor(new Color(0, 0, 0, 0))
                .setPlotBackgroundColor(new Color(0, 0, 0, 0))
                .setPlotContentSize(1.0);
        chart.getStyler().setPlotGridLinesVisible(false)
                .setXAxisMin(range.xMin()).setXAxisMax(range.xMax())
                .setYAxisMin(range.yMin()).setYAxisMax(range.yMax());
        chart.getStyler().setMarkerSize(markerSize());
        Inputs.addClassDots(chart, x, labels, data.classNames());
        int unit = 0;
        for (double[] line : lines()) {
            double[][] segment = range.segment(line[0], line[1], line[2]);
            if (segment != null) {
                XYSeries s = Charts.line(chart, unit == 0 ? "unit lines w·x + b = 0" : "unit " + (unit + 1),
                        segment[0], segment[1], Palette.INK);
                s.setLineWidth(1.8f);
                s.setLineStyle(new BasicStroke(1.8f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f,
                        new float[] {7f, 4f}, 0f));
                s.setShowInLegend(unit == 0);
            }
            unit++;
        }
        return chart;
    }

    /** Each line as {w1, w2, b}: from the hidden layer (live) and from hand-set weights. */
    private List<double[]> lines() {
        List<double[]> out = new ArrayList<>();
        if (hiddenUnits != null) {
            Matrix w = hiddenUnits.weight();
            Matrix b = hiddenUnits.bias();
            for (int j = 0; j < w.cols(); j++) {
                out.add(new double[] {w.get(0, j), w.get(1, j), b.get(0, j)});
            }
        }
        if (lineWeight != null) {
            for (int j = 0; j < lineWeight.cols(); j++) {
                out.add(new double[] {lineWeight.get(0, j), lineWeight.get(1, j), lineBias.get(0, j)});
            }
        }
        return out;
    }

    /** Big dots for a handful of points (XOR's four corners), small ones for hundreds. */
    private int markerSize() {
        return x.rows() <= 20 ? 14 : x.rows() <= 500 ? 8 : 5;
    }

    /** A thin dark ring around each data point, so points stay visible on a region of their own colour. */
    private void outlinePoints(Graphics2D g) {
        g.setColor(Palette.INK);
        g.setStroke(new BasicStroke(1f));
        int r = markerSize() / 2;
        for (int i = 0; i < x.rows(); i++) {
            java.awt.Point p = pixelOfUnchecked(x.get(i, 0), x.get(i, 1));
            g.drawOval(p.x - r, p.y - r, 2 * r, 2 * r);
        }
    }

    /** "h1", "h2", ... (or the names given) next to each unit line, in the order of the layer's units. */
    private void labelLines(Graphics2D g) {
        g.setColor(Palette.INK);
        g.setFont(new Font(Charts.FONT, Font.BOLD, 12));
        List<double[]> lines = lines();
        for (int unit = 0; unit < lines.size(); unit++) {
            double[] line = lines.get(unit);
            double[][] segment = range.segment(line[0], line[1], line[2]);
            if (segment != null) {
                // staggered along the lines (20%..80%), so labels of lines that meet do not pile up
                double t = lines.size() == 1 ? 0.8 : 0.2 + 0.6 * unit / (lines.size() - 1);
                java.awt.Point p = pixelOfUnchecked(segment[0][0] + t * (segment[0][1] - segment[0][0]),
                        segment[1][0] + t * (segment[1][1] - segment[1][0]));
                String label = unit < lineLabels.size() ? lineLabels.get(unit) : "h" + (unit + 1);
                g.drawString(label, p.x + 5, p.y - 5);
            }
        }
    }

    private java.awt.Point pixelOfUnchecked(double x1, double x2) {
        double fx = (x1 - range.xMin()) / (range.xMax() - range.xMin());
        double fy = (x2 - range.yMin()) / (range.yMax() - range.yMin());
        return new java.awt.Point((int) Math.round(plotArea.x + fx * plotArea.width),
                (int) Math.round(plotArea.y + (1 - fy) * plotArea.height));
    }

    @Override
    public String toString() {
        return Picture.describe(this, "\"" + title + "\"");
    }

    /** An XYChart that tells where its plot area ended up after painting. */
    static final class PlotChart extends XYChart {
        PlotChart(int width, int height) {
            super(width, height);
        }

        Rectangle2D plotBounds() {
            return plot.getBounds();
        }
    }
}
