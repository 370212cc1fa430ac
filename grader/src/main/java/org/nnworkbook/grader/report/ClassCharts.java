// The class report's charts, drawn with XChart into PNG images: score histogram and pass rates.
package org.nnworkbook.grader.report;

import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.nnworkbook.grader.report.ClassSummary.Rate;

/** Each chart is a PNG of a fixed size, so the page's layout does not depend on the class. */
final class ClassCharts {
    static final int WIDTH = 760;
    static final int HEIGHT = 380;
    /** Exercise titles and test names are long: those charts are taller, for their slanted labels. */
    static final int EXERCISES_HEIGHT = 460;
    static final int TESTS_HEIGHT = 520;
    /** About how wide a tick label's character is at 11 pt, to tell whether labels side by side would overlap. */
    private static final double CHAR_PIXELS = 6.5;
    private static final int LABEL_CHARS = 48;
    private static final Color BAR = new Color(0x3B6EA8);

    /** @param png the image's bytes; {@code alt} says in words what it shows */
    record Chart(String title, String alt, byte[] png) {
    }

    private ClassCharts() {
    }

    static Chart scoreHistogram(ClassSummary summary) throws IOException {
        List<String> bins = new ArrayList<>();
        List<Integer> counts = new ArrayList<>();
        double max = summary.maxPoints();
        boolean wholePoints = summary.scores().stream().allMatch(s -> s == Math.rint(s)) && max == Math.rint(max);
        if (wholePoints && max <= 30) {
            for (int p = 0; p <= max; p++) { // one bar per score a student can get
                final int points = p;
                bins.add(Integer.toString(p));
                counts.add((int) summary.scores().stream().filter(s -> s == points).count());
            }
        } else {
            int n = 10;
            double width = Math.max(max, 1e-9) / n;
            for (int b = 0; b < n; b++) {
                final int bin = b;
                bins.add(GradesCsv.points(b * width) + "–" + GradesCsv.points((b + 1) * width));
                counts.add((int) summary.scores().stream().filter(s -> Math.min(n - 1, (int) (s / width)) == bin).count());
            }
        }
        CategoryChart chart = bars("Score distribution (" + summary.submissions() + " submissions)", "points",
                "submissions", WIDTH, HEIGHT);
        chart.getStyler().setYAxisDecimalPattern("#");
        chart.addSeries("submissions", bins, counts);
        return new Chart("Score distribution", "Histogram of scores: " + describe(bins, counts), png(chart));
    }

    static Chart exercisePassRates(ClassSummary summary) throws IOException {
        return passRates("Exercises passed (all tests of the exercise)", summary.exercises(), WIDTH, EXERCISES_HEIGHT);
    }

    static Chart testPassRates(ClassSummary summary) throws IOException {
        return passRates("Tests passed", summary.tests(), WIDTH, TESTS_HEIGHT);
    }

    private static Chart passRates(String title, List<Rate> rates, int width, int height) throws IOException {
        CategoryChart chart = bars(title, null, "% of graded submissions", width, height);
        chart.getStyler().setYAxisMin(0.0).setYAxisMax(100.0).setYAxisDecimalPattern("#");
        List<String> labels = rates.stream().map(r -> shorten(r.label())).toList();
        int longest = labels.stream().mapToInt(String::length).max().orElse(0);
        chart.getStyler().setXAxisLabelRotation(labels.size() * longest * CHAR_PIXELS > 0.85 * width ? 35 : 0);
        List<Double> percents = rates.stream().map(r -> 100 * r.rate()).toList();
        if (!rates.isEmpty()) { // XChart refuses a series without points; an empty chart says "no tests" by its title
            chart.addSeries("pass rate", labels, percents);
        } else {
            chart.setTitle(title + ": no graded submission");
        }
        List<String> words = new ArrayList<>();
        rates.forEach(r -> words.add(r.label() + " " + Math.round(100 * r.rate()) + "%"));
        return new Chart(title, title + ": " + String.join(", ", words), png(chart));
    }

    private static CategoryChart bars(String title, String xTitle, String yTitle, int width, int height) {
        CategoryChart chart = new CategoryChartBuilder().width(width).height(height).title(title)
                .xAxisTitle(xTitle == null ? "" : xTitle).yAxisTitle(yTitle).build();
        var s = chart.getStyler();
        s.setLegendVisible(false);
        s.setChartBackgroundColor(Color.WHITE);
        s.setPlotBackgroundColor(Color.WHITE);
        s.setPlotGridVerticalLinesVisible(false);
        s.setSeriesColors(new Color[] {BAR});
        s.setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
        s.setAxisTitleFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        s.setAxisTickLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        s.setXAxisTitleVisible(xTitle != null);
        s.setAvailableSpaceFill(0.8);
        s.setXAxisTickLabelsFormattingFunction(null); // category names as written, not parsed as numbers
        return chart;
    }

    private static byte[] png(CategoryChart chart) throws IOException {
        return BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
    }

    private static String shorten(String label) {
        return label.length() <= LABEL_CHARS ? label : label.substring(0, LABEL_CHARS - 1) + "…";
    }

    private static String describe(List<String> bins, List<Integer> counts) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < bins.size(); i++) {
            if (counts.get(i) > 0) {
                parts.add(String.format(Locale.ROOT, "%s points: %d", bins.get(i), counts.get(i)));
            }
        }
        return String.join(", ", parts);
    }
}
