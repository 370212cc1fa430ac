package org.nnworkbook.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertAll;

import java.awt.image.BufferedImage;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.QuickChart;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.nnworkbook.data.Dataset;
import org.nnworkbook.data.Synthetic;
import org.nnworkbook.plot.BoundaryPlot;
import org.nnworkbook.plot.Figure;
import org.nnworkbook.plot.Plots;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** The kernel-side display of charts and tables, on real XChart and Tablesaw objects. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class DisplayTest {

    @Test
    void a_chart_becomes_an_image_of_the_charts_size() {
        XYChart chart = new XYChartBuilder().width(320).height(200).title("t").build();
        chart.addSeries("line", new double[] {0, 1}, new double[] {0, 1});
        ChartToImage toImage = new ChartToImage();
        Object image = toImage.transform(chart);
        assertAll(
                () -> assertThat(toImage.canTransform(chart)).isTrue(),
                () -> assertThat(toImage.canTransform("not a chart")).isFalse(),
                () -> assertThat(image).isInstanceOf(BufferedImage.class),
                () -> assertThat(((BufferedImage) image).getWidth()).isEqualTo(320),
                () -> assertThat(((BufferedImage) image).getHeight()).isEqualTo(200));
    }

    @Test
    void a_workbook_figure_and_a_boundary_plot_become_their_images() {
        Dataset xor = Synthetic.xor();
        Figure scatter = Plots.scatter("XOR", xor);
        BoundaryPlot boundary = Plots.boundary((double[] p) -> p[0] > 0.5 ? 1 : 0, xor);
        FigureToImage toImage = new FigureToImage();
        assertAll(
                () -> assertThat(toImage.canTransform(scatter)).isTrue(),
                () -> assertThat(toImage.canTransform(boundary)).isTrue(),
                () -> assertThat(toImage.canTransform(new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB))).isFalse(),
                () -> assertThat(toImage.transform(scatter)).isSameAs(scatter.image()),
                () -> assertThat(((BufferedImage) toImage.transform(boundary)).getWidth()).isEqualTo(boundary.width()));
    }

    @Test
    void the_provider_offers_figures_before_charts_and_tables() {
        assertThat(new WorkbookDisplayProvider().getDisplayTransformers().get(0)).isInstanceOf(FigureToImage.class);
    }

    @Test
    void a_quick_chart_is_recognised_too() {
        assertThat(new ChartToImage().canTransform(
                QuickChart.getChart("q", "x", "y", "s", new double[] {1, 2}, new double[] {3, 4}))).isTrue();
    }

    @Test
    void a_table_becomes_an_html_table_with_escaped_cells_and_its_size_in_the_caption() {
        Table table = Table.create("pets <3",
                StringColumn.create("name", "Rex", "<b>Tom</b>"),
                DoubleColumn.create("weight", 0.01798620996209156, Double.NaN));
        TableToHtml toHtml = new TableToHtml();
        HtmlFragment html = (HtmlFragment) toHtml.transform(table);
        assertAll(
                () -> assertThat(toHtml.canTransform(table)).isTrue(),
                () -> assertThat(toHtml.canTransform(42)).isFalse(),
                () -> assertThat(html.html()).contains("<caption style=\"text-align:left\">pets &lt;3 — 2 rows × 2 columns</caption>"),
                () -> assertThat(html.html()).contains("<th>name</th><th>weight</th>"),
                () -> assertThat(html.html()).contains("<td>&lt;b&gt;Tom&lt;/b&gt;</td><td></td>"),
                () -> assertThat(html.html()).contains("<td>0.0179862</td>"),
                () -> assertThat(html.text()).isEqualTo(table.toString()));
    }

    @Test
    void a_long_table_shows_its_first_and_last_rows_and_how_many_are_left_out() {
        int[] values = new int[100];
        for (int i = 0; i < values.length; i++) {
            values[i] = i;
        }
        String html = ((HtmlFragment) new TableToHtml().transform(Table.create("long", IntColumn.create("i", values)))).html();
        assertAll(
                () -> assertThat(html).contains("<td>9</td>", "⋮ 85 more rows", "<td>95</td>", "<td>99</td>"),
                () -> assertThat(html).doesNotContain("<td>10</td>", "<td>94</td>"),
                () -> assertThat(html.split("<tr>").length - 1).isEqualTo(1 + 10 + 1 + 5));
    }

    @Test
    void doubles_are_shown_to_six_significant_digits_and_whole_numbers_without_a_point() {
        assertAll(
                () -> assertThat(TableToHtml.format(2.0)).isEqualTo("2"),
                () -> assertThat(TableToHtml.format(-0.999329299739067)).isEqualTo("-0.999329"),
                () -> assertThat(TableToHtml.format(123456789.123)).isEqualTo("123457000"),
                () -> assertThat(TableToHtml.format("text")).isEqualTo("text"));
    }
}
