// The workbook's XChart look (sizes, fonts, palette, legend below the plot) and chart-to-image; not a plot by itself.
package org.nnworkbook.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.Locale;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.AxesChart;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** Builds charts with one consistent style and draws them into images. */
final class Charts {
    /** One panel fits a notebook column. */
    static final int WIDTH = 640;
    static final int HEIGHT = 420;
    static final String FONT = Font.SANS_SERIF;

    private Charts() {}

    static XYChart xy(String title, String xLabel, String yLabel) {
        return titled(new XYChart(WIDTH, HEIGHT), title, xLabel, yLabel);
    }

    static CategoryChart bars(String title, String xLabel, String yLabel) {
        CategoryChart chart = titled(new CategoryChart(WIDTH, HEIGHT), title, xLabel, yLabel);
        chart.getStyler().setXAxisTickLabelsFormattingFunction(null);     // category names, not numbers
        return chart;
    }

    /** Sets the titles and the workbook style. */
    static <C extends AxesChart<?, ?>> C titled(C chart, String title, String xLabel, String yLabel) {
        chart.setTitle(title);
        chart.setXAxisTitle(xLabel);
        chart.setYAxisTitle(yLabel);
        style(chart.getStyler());
        return chart;
    }

    /**
     * XChart puts x ticks on the data's own values when every series' x values are evenly spaced (giving
     * labels like -6, -5.19, -4.38). One invisible two-point series off that spacing makes it choose round
     * tick values instead; it is not in the legend and draws nothing.
     */
    static void roundTicks(XYChart chart) {
        for (XYSeries s : chart.getSeriesCollection()) {
            double[] xs = s.getXData();
            double[] ys = s.getYData();
            for (int i = 0; i + 1 < xs.length; i++) {
                if (Double.isFinite(ys[i]) && xs[i + 1] != xs[i]) {
                    double x = xs[i] + 0.37 * (xs[i + 1] - xs[i]);
                    XYSeries helper = chart.addSeries("\u200B", new double[] {xs[i], x}, new double[] {ys[i], ys[i]});
                    helper.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
                    helper.setMarker(SeriesMarkers.NONE);
                    helper.setLineColor(new Color(0, 0, 0, 0));
                    helper.setShowInLegend(false);
                    return;
                }
            }
        }
    }

    static void style(AxesChartStyler s) {
        s.setChartBackgroundColor(Color.WHITE);
        s.setPlotBackgroundColor(Color.WHITE);
        s.setPlotBorderColor(new Color(0x999999));
        s.setPlotGridLinesColor(new Color(0xE3E3E3));
        s.setPlotGridLinesStroke(new BasicStroke(1f));
        s.setChartTitleFont(new Font(FONT, Font.BOLD, 16));
        s.setAxisTitleFont(new Font(FONT, Font.PLAIN, 14));
        s.setAxisTickLabelsFont(new Font(FONT, Font.PLAIN, 12));
        s.setLegendFont(new Font(FONT, Font.PLAIN, 13));
        s.setLegendPosition(Styler.LegendPosition.OutsideS);
        s.setLegendLayout(Styler.LegendLayout.Horizontal);
        s.setLegendBorderColor(Color.WHITE);
        s.setChartTitleBoxVisible(false);
        s.setChartPadding(12);
        s.setSeriesColors(Palette.first(10));
        s.setMarkerSize(7);
        s.setLocale(Locale.ROOT);
        s.setAntiAlias(true);
        s.setTextAntiAlias(true);
        // With a formatting function XChart picks round tick values; without one it puts ticks on the data's
        // own x values whenever they are evenly spaced (e.g. -6, -5.19, -4.38, ...).
        s.setXAxisTickLabelsFormattingFunction(Charts::tick);
        s.setYAxisTickLabelsFormattingFunction(Charts::tick);
    }

    /** A tick label: at most 6 significant digits, no trailing zeros, "0" rather than "-0". */
    static String tick(Double v) {
        if (v == null || !Double.isFinite(v)) {
            return "";
        }
        if (Math.abs(v) < 1e-12) {
            return "0";
        }
        return new java.math.BigDecimal(v).round(new java.math.MathContext(6)).stripTrailingZeros().toPlainString();
    }

    /** A curve without markers, 2.5 px wide. */
    static XYSeries line(XYChart chart, String name, double[] xs, double[] ys, Color color) {
        XYSeries s = chart.addSeries(name, xs, ys);
        s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        s.setMarker(SeriesMarkers.NONE);
        s.setLineWidth(2.5f);
        if (color != null) {
            s.setLineColor(color);
        }
        return s;
    }

    /** Dots without lines. */
    static XYSeries dots(XYChart chart, String name, double[] xs, double[] ys, Color color) {
        XYSeries s = chart.addSeries(name, xs, ys);
        s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        s.setMarker(SeriesMarkers.CIRCLE);
        s.setMarkerColor(color);
        return s;
    }

    /** Draws {@code chart} into a new {@code width × height} RGB image. */
    static BufferedImage render(Chart<?, ?> chart, int width, int height) {
        BufferedImage image = blank(width, height);
        Graphics2D g = image.createGraphics();
        try {
            chart.paint(g, width, height);
        } finally {
            g.dispose();
        }
        return image;
    }

    /** A white RGB image with anti-aliasing on for whoever draws next. */
    static BufferedImage blank(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.dispose();
        return image;
    }

    static Graphics2D smooth(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        return g;
    }

    /** {@code n} evenly spaced points from {@code lo} to {@code hi}, both included. */
    static double[] linspace(double lo, double hi, int n) {
        double[] xs = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = lo + (hi - lo) * i / (n - 1);
        }
        return xs;
    }

    /** Checks an interval for a plot's x axis. */
    static void interval(String op, double lo, double hi) {
        if (!(lo < hi) || !Double.isFinite(lo) || !Double.isFinite(hi)) {
            throw new IllegalArgumentException(op + ": the interval [" + lo + ", " + hi
                    + "] is empty or not finite; pass lo < hi, e.g. -5, 5");
        }
    }
}
