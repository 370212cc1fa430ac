// The library's extension in a real jjava-jupyter kernel: what a notebook receives for figures, charts, tables, matrices, Live.
package org.nnworkbook.plot.jupyter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertAll;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.dflib.jjava.jupyter.kernel.display.mime.MIMEType;
import org.dflib.jjava.jupyter.messages.Message;
import org.dflib.jjava.jupyter.messages.publish.PublishDisplayData;
import org.dflib.jjava.jupyter.messages.publish.PublishExecuteResult;
import org.dflib.jjava.jupyter.messages.publish.PublishUpdateDisplayData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.nnworkbook.data.Dataset;
import org.nnworkbook.data.Synthetic;
import org.nnworkbook.nn.Matrix;
import org.nnworkbook.nn.activations.Tanh;
import org.nnworkbook.nn.layers.Sequential;
import org.nnworkbook.nn.loss.CrossEntropyLoss;
import org.nnworkbook.nn.optim.Adam;
import org.nnworkbook.nn.train.Trainer;
import org.nnworkbook.plot.Figure;
import org.nnworkbook.plot.Live;
import org.nnworkbook.plot.Plots;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class WorkbookExtensionTest {
    static TestKernel kernel;

    /** Starts the kernel as JJava does: onStartup finds the extension through META-INF/services. */
    @BeforeAll
    static void start_a_kernel_that_loads_extensions_from_the_classpath() {
        kernel = new TestKernel();
        kernel.onStartup();
    }

    @AfterAll
    static void shut_it_down() {
        kernel.close();
    }

    /** The cell's value, as the execute_result message carries it. */
    static DisplayData valueOf(Object cellValue) {
        List<PublishExecuteResult> results = TestKernel.contents(kernel.execute(() -> cellValue), PublishExecuteResult.class);
        assertThat(results).as("execute_result messages").hasSize(1);
        return results.get(0);
    }

    static BufferedImage png(DisplayData data) throws IOException {
        Object base64 = data.getData(MIMEType.IMAGE_PNG);
        assertThat(base64).as("image/png in " + data).isInstanceOf(String.class);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode((String) base64)));
        assertThat(image).as("the image/png data decodes as a PNG").isNotNull();
        return image;
    }

    static String text(DisplayData data, MIMEType type) {
        return (String) data.getData(type);
    }

    @Test
    void a_figure_is_shown_as_a_png_of_its_size_with_a_one_line_description() throws IOException {
        Figure figure = Plots.scatter("Moons", Synthetic.moons(100, 0.1, 1));
        DisplayData shown = valueOf(figure);
        BufferedImage image = png(shown);
        assertAll(
                () -> assertThat(image.getWidth()).isEqualTo(figure.width()),
                () -> assertThat(image.getHeight()).isEqualTo(figure.height()),
                () -> assertThat(image.getRGB(figure.width() / 2, figure.height() / 2))
                        .as("the middle pixel of the picture itself").isEqualTo(figure.image().getRGB(figure.width() / 2, figure.height() / 2)),
                () -> assertThat(text(shown, MIMEType.TEXT_PLAIN)).startsWith("Figure " + figure.width() + "×" + figure.height())
                        .contains("Moons").doesNotContain("\n"));
    }

    @Test
    void a_figure_written_in_a_notebook_without_a_description_is_named_by_its_size() throws IOException {
        BufferedImage drawn = new BufferedImage(30, 20, BufferedImage.TYPE_INT_RGB);
        Figure own = new Figure() {
            public BufferedImage image() { return drawn; }
            public java.nio.file.Path save(String file) { throw new UnsupportedOperationException(); }
            public int width() { return 30; }
            public int height() { return 20; }
        };
        DisplayData shown = valueOf(own);
        assertAll(
                () -> assertThat(png(shown).getWidth()).isEqualTo(30),
                () -> assertThat(text(shown, MIMEType.TEXT_PLAIN)).isEqualTo("Figure 30×20"));
    }

    @Test
    void an_xchart_chart_is_shown_as_a_png_of_its_size() throws IOException {
        XYChart chart = new XYChartBuilder().width(500).height(300).title("Loss").build();
        chart.addSeries("train", new double[] {1, 2, 3}, new double[] {0.9, 0.5, 0.2});
        DisplayData shown = valueOf(chart);
        BufferedImage image = png(shown);
        assertAll(
                () -> assertThat(image.getWidth()).isEqualTo(500),
                () -> assertThat(image.getHeight()).isEqualTo(300),
                () -> assertThat(text(shown, MIMEType.TEXT_PLAIN)).isEqualTo("XYChart 500×300: \"Loss\""));
    }

    @Test
    void a_buffered_image_is_shown_as_a_png_by_jjava_itself() throws IOException {
        BufferedImage picture = new BufferedImage(30, 20, BufferedImage.TYPE_INT_RGB);
        picture.setRGB(5, 5, 0xff0000);
        BufferedImage image = png(valueOf(picture));
        assertAll(
                () -> assertThat(image.getWidth()).isEqualTo(30),
                () -> assertThat(image.getRGB(5, 5) & 0xffffff).isEqualTo(0xff0000));
    }

    @Test
    void a_table_is_shown_as_an_html_table_with_its_cells_escaped_and_as_text() {
        Table table = Table.create("pets", StringColumn.create("name", "Rex", "<Tom & Jerry>"),
                DoubleColumn.create("weight", 12.5, 0.01798620996209156), IntColumn.create("legs", 4, 4));
        DisplayData shown = valueOf(table);
        String html = text(shown, MIMEType.TEXT_HTML);
        assertAll(
                () -> assertThat(html).startsWith("<table").endsWith("</table>")
                        .contains("pets — 2 rows × 3 columns")
                        .contains("<th>name</th><th>weight</th><th>legs</th>")
                        .contains("<tr><td>Rex</td><td>12.5</td><td>4</td></tr>")
                        .contains("<td>&lt;Tom &amp; Jerry&gt;</td><td>0.0179862</td>"),
                () -> assertThat(text(shown, MIMEType.TEXT_PLAIN)).contains("pets", "Rex", "weight"));
    }

    @Test
    void a_long_table_shows_its_first_and_last_rows_and_how_many_are_left_out() {
        Table table = Table.create("counts", IntColumn.indexColumn("i", 100, 0));
        String html = text(valueOf(table), MIMEType.TEXT_HTML);
        assertAll(
                () -> assertThat(html).contains("100 rows × 1 column", "<td>0</td>", "<td>9</td>", "⋮ 85 more rows",
                        "<td>95</td>", "<td>99</td>"),
                () -> assertThat(html).doesNotContain("<td>10</td>", "<td>94</td>"));
    }

    @Test
    void a_matrix_is_shown_as_text_that_names_its_shape_and_elides_the_middle_of_a_large_one() {
        String small = text(valueOf(Matrix.of(2, 2, 1, 2, 3, 4)), MIMEType.TEXT_PLAIN);
        String large = text(valueOf(Matrix.generate(100, 50, (r, c) -> r + c / 100.0)), MIMEType.TEXT_PLAIN);
        assertAll(
                () -> assertThat(small).isEqualTo("Matrix [2, 2]\n[[1.0000, 2.0000],\n [3.0000, 4.0000]]"),
                () -> assertThat(large).startsWith("Matrix [100, 50]\n").contains("...", "99.4900")
                        .doesNotContain("50.0000"),
                () -> assertThat(large.lines().count()).as("lines of the large matrix").isLessThan(10));
    }

    @Test
    void live_training_opens_one_display_per_listener_and_updates_it_in_place() {
        Dataset data = Synthetic.moons(60, 0.1, 1);
        Sequential net = Sequential.mlp(new Random(1), Tanh::new, 2, 6, 2);
        List<Message<?>> sent = kernel.execute(() -> {
            new Trainer(net, new CrossEntropyLoss(), new Adam(net.parameters(), 0.05)).epochs(20)
                    .listener(Live.progress()).listener(Live.boundary(net, data, 10)).fit(data.x(), data.y());
            return null;
        });
        List<PublishDisplayData> opened = TestKernel.contents(sent, PublishDisplayData.class);
        List<PublishUpdateDisplayData> updates = TestKernel.contents(sent, PublishUpdateDisplayData.class);
        assertThat(opened).as("display_data messages: the progress line and the picture").hasSize(2);
        PublishDisplayData progress = opened.get(0);
        PublishDisplayData boundary = opened.get(1);
        List<PublishUpdateDisplayData> progressUpdates = updates.stream()
                .filter(u -> u.getDisplayId().equals(progress.getDisplayId())).toList();
        List<PublishUpdateDisplayData> boundaryUpdates = updates.stream()
                .filter(u -> u.getDisplayId().equals(boundary.getDisplayId())).toList();
        assertAll(
                () -> assertThat(progress.getDisplayId()).isNotBlank().isNotEqualTo(boundary.getDisplayId()),
                () -> assertThat(text(progress, MIMEType.TEXT_PLAIN)).startsWith("epoch 0/20"),
                () -> assertThat(png(boundary).getWidth()).isEqualTo(640),
                () -> assertThat(progressUpdates.size() + boundaryUpdates.size()).as("every update names one of the two displays")
                        .isEqualTo(updates.size()),
                () -> assertThat(progressUpdates).isNotEmpty(),
                () -> assertThat(text(progressUpdates.get(progressUpdates.size() - 1), MIMEType.TEXT_PLAIN)).startsWith("done: 20 epochs"),
                () -> assertThat(boundaryUpdates).as("redrawn at epochs 10 and 20").hasSize(2),
                () -> assertThat(png(boundaryUpdates.get(1)).getWidth()).isEqualTo(640),
                () -> assertThat(text(boundary, MIMEType.TEXT_PLAIN)).startsWith("Figure 640×")
                        .contains("\"epoch 0/20: before training\""),
                () -> assertThat(text(boundaryUpdates.get(1), MIMEType.TEXT_PLAIN)).contains("\"epoch 20/20: loss"),
                () -> assertThat(TestKernel.contents(sent, PublishExecuteResult.class)).as("no value: the cell returned null").isEmpty());
    }
}
