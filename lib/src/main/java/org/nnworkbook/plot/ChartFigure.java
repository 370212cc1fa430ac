// A Figure backed by an XChart chart, drawn at any size (grids redraw panels smaller instead of shrinking text).
package org.nnworkbook.plot;

import java.awt.image.BufferedImage;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.internal.chartpart.Chart;

/** An XChart chart drawn at a fixed size; {@link #resized} draws the same chart at another size. */
final class ChartFigure extends DrawnFigure implements Resizable {
    private final Chart<?, ?> chart;

    ChartFigure(Chart<?, ?> chart) {
        this(chart, chart.getWidth(), chart.getHeight());
        if (chart instanceof XYChart xy) {
            Charts.roundTicks(xy);
        }
    }

    private ChartFigure(Chart<?, ?> chart, int width, int height) {
        super(width, height);
        this.chart = chart;
    }

    @Override
    BufferedImage draw() {
        return Charts.render(chart, width(), height());
    }

    @Override
    public Figure resized(int newWidth, int newHeight) {
        return new ChartFigure(chart, newWidth, newHeight);
    }

    @Override
    public String toString() {
        return Picture.describe(this, "\"" + chart.getTitle() + "\"");
    }
}
