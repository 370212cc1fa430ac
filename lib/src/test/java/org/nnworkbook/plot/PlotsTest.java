// Every chart-like helper rendered to PNG, with checks on what the picture shows (colours, shapes, sizes) and on bad arguments.
package org.nnworkbook.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertAll;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.DoubleUnaryOperator;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.XYChart;
import org.nnworkbook.data.Dataset;
import org.nnworkbook.data.Synthetic;
import org.nnworkbook.nn.Matrix;
import org.nnworkbook.nn.activations.Sigmoid;
import org.nnworkbook.nn.activations.Tanh;
import org.nnworkbook.nn.layers.Sequential;
import org.nnworkbook.nn.loss.CrossEntropyLoss;
import org.nnworkbook.nn.optim.Adam;
import org.nnworkbook.nn.train.History;
import org.nnworkbook.nn.train.Metrics;
import org.nnworkbook.nn.train.Trainer;

class PlotsTest {

    @Test
    void functions_take_axis_titles_and_default_to_x_and_y() {
        Map<String, DoubleUnaryOperator> curves = Map.of("squared error", p -> (p - 1) * (p - 1));
        XYChart titled = (XYChart) ((ChartFigure) Plots.functions("Loss for target 1", "prediction g", "loss L", 0, 2,
                curves)).chart();
        XYChart plain = (XYChart) ((ChartFigure) Plots.functions("Loss", 0, 2, curves)).chart();
        assertAll(
                () -> assertThat(titled.getXAxisTitle()).isEqualTo("prediction g"),
                () -> assertThat(titled.getYAxisTitle()).isEqualTo("loss L"),
                () -> assertThat(plain.getXAxisTitle()).isEqualTo("x"),
                () -> assertThat(plain.getYAxisTitle()).isEqualTo("y"));
    }

    @Test
    void functions_draw_each_curve_in_its_palette_colour_in_legend_order() {
        Map<String, DoubleUnaryOperator> curves = new LinkedHashMap<>();
        curves.put("rising x", x -> x);
        curves.put("falling -x", x -> -x);
        BufferedImage image = Pictures.look("functions", Plots.functions("Two lines", -1, 1, curves));
        int[] rising = extent(image, Palette.of(0));
        int[] falling = extent(image, Palette.of(1));
        assertAll(
                () -> assertThat(image.getWidth()).isEqualTo(640),
                () -> assertThat(image.getHeight()).isEqualTo(420),
                // rising: its highest pixel is at its right end; falling: at its left end
                () -> assertThat(rising[4]).as("x of the rising curve's top pixel").isGreaterThan(rising[1] - 8),
                () -> assertThat(falling[4]).as("x of the falling curve's top pixel").isLessThan(falling[0] + 8),
                () -> assertThatThrownBy(() -> Plots.functions("t", 1, -1, curves)).hasMessageContaining("[1.0, -1.0]"),
                () -> assertThatThrownBy(() -> Plots.functions("t", 0, 1, Map.of())).hasMessageContaining("no curves"));
    }

    @Test
    void a_curve_with_gaps_is_drawn_and_a_curve_with_no_finite_value_is_refused() {
        assertAll(
                () -> Pictures.assertNotBlank(Plots.functions("log", -1, 2, Map.of("log", Math::log)).image()),
                () -> assertThatThrownBy(() -> Plots.functions("t", -2, -1, Map.of("log", Math::log)))
                        .hasMessageContaining("\"log\" has no finite value"));
    }

    @Test
    void an_activation_sits_left_of_its_derivative_and_the_sigmoid_slope_peaks_in_the_middle() {
        BufferedImage image = Pictures.look("activation-sigmoid", Plots.activation(new Sigmoid(), -6, 6));
        int half = image.getWidth() / 2;
        int[] slope = extent(image, Palette.of(1));
        assertAll(
                () -> assertThat(image.getWidth()).isEqualTo(1280),
                () -> assertThat(Pictures.count(image, Palette.of(0), 10, 0, 0, half, image.getHeight())).isGreaterThan(300),
                () -> assertThat(Pictures.count(image, Palette.of(1), 10, half, 0, image.getWidth(), image.getHeight()))
                        .isGreaterThan(300),
                () -> assertThat(Pictures.count(image, Palette.of(1), 10, 0, 0, half, image.getHeight())).isLessThan(30),
                // σ' is largest at 0, the middle of [-6, 6]
                () -> assertThat(Math.abs(slope[4] - (slope[0] + slope[1]) / 2)).isLessThan(8));
    }

    @Test
    void a_scatter_uses_one_colour_per_class_and_draws_1d_regression_as_y_against_x() {
        Dataset blobs = Synthetic.blobs(90, 3, 0.2, 1);
        BufferedImage image = Pictures.look("scatter-blobs", Plots.scatter("Three blobs", blobs));
        BufferedImage regression = Pictures.look("scatter-regression",
                Plots.scatter("sin", Synthetic.function1d(Math::sin, 30, -3, 3, 0.1, 1)));
        assertAll(
                () -> assertThat(Pictures.count(image, Palette.of(0), 8)).isGreaterThan(200),
                () -> assertThat(Pictures.count(image, Palette.of(1), 8)).isGreaterThan(200),
                () -> assertThat(Pictures.count(image, Palette.of(2), 8)).isGreaterThan(200),
                () -> assertThat(Pictures.count(image, Palette.of(3), 8)).isZero(),
                () -> assertThat(Pictures.count(regression, CurvePlots.SAMPLE_GREY, 8)).isGreaterThan(200),
                () -> assertThatThrownBy(() -> Plots.scatter("iris", Dataset.classification(Matrix.zeros(2, 4), new int[] {0, 1})))
                        .hasMessageContaining("4 features").hasMessageContaining("scatter(title, data, 0, 1)"),
                () -> assertThatThrownBy(() -> Plots.scatter("empty", blobs.rows(0, 0))).hasMessageContaining("is empty"));
    }

    @Test
    void training_curves_show_loss_and_accuracy_panels_with_train_and_validation_colours() {
        Dataset data = Synthetic.moons(100, 0.1, 2);
        Sequential net = Sequential.mlp(new Random(1), Tanh::new, 2, 8, 2);
        History h = new Trainer(net, new CrossEntropyLoss(), new Adam(net.parameters(), 0.05)).epochs(20)
                .validation(data.x(), data.y()).fit(data.x(), data.y());
        BufferedImage image = Pictures.look("training-curves", Plots.trainingCurves(h));
        int half = image.getWidth() / 2;
        assertAll(
                () -> assertThat(image.getWidth()).isEqualTo(1280),
                () -> assertThat(Pictures.count(image, Palette.of(0), 10, 0, 0, half, image.getHeight())).isGreaterThan(200),
                () -> assertThat(Pictures.count(image, Palette.of(1), 10, 0, 0, half, image.getHeight())).isGreaterThan(200),
                () -> assertThat(Pictures.count(image, Palette.of(0), 10, half, 0, image.getWidth(), image.getHeight()))
                        .isGreaterThan(200),
                () -> assertThatThrownBy(() -> Plots.trainingCurves(new History())).hasMessageContaining("no epochs"));
    }

    @Test
    void a_fit_shows_samples_target_and_learned_curve_and_takes_a_model() {
        Dataset samples = Synthetic.function1d(Math::sin, 25, -3, 3, 0.05, 1);
        BufferedImage image = Pictures.look("fit", Plots.fit("sin", samples, Math::sin, (double x) -> 0.8 * Math.sin(x)));
        BufferedImage model = Plots.fit("model", samples, null, (Matrix x) -> x.mul(0.3)).image();
        assertAll(
                () -> assertThat(Pictures.count(image, CurvePlots.SAMPLE_GREY, 8)).isGreaterThan(150),
                () -> assertThat(Pictures.count(image, Palette.of(0), 10)).isGreaterThan(300),
                () -> assertThat(Pictures.count(image, Palette.of(1), 10)).isGreaterThan(300),
                () -> assertThat(Pictures.count(model, Palette.of(0), 10)).as("no target curve").isLessThan(20),
                () -> assertThatThrownBy(() -> Plots.fit("t", Synthetic.xor(), null, (double x) -> x))
                        .hasMessageContaining("1-D regression data"));
    }

    @Test
    void a_series_and_gradient_norms_draw_their_values() {
        BufferedImage series = Pictures.look("series", Plots.series("Error against buckets", "buckets", "max error",
                new double[] {1, 2, 4, 8, 16}, new double[] {0.9, 0.5, 0.26, 0.13, 0.07}));
        BufferedImage norms = Pictures.look("gradient-norms", Plots.gradientNorms("Vanishing", new double[] {1e-5, 1e-3, 0.1}));
        // on the log axis each bar is taller than the one before by the same step (two decades each)
        int[] heights = barHeights(norms, 3);
        assertAll(
                () -> assertThat(Pictures.count(series, Palette.of(0), 10)).isGreaterThan(200),
                () -> assertThat(heights[1] - heights[0]).isCloseTo(heights[2] - heights[1], org.assertj.core.data.Offset.offset(4)),
                () -> assertThat(heights[0]).isGreaterThan(10),
                () -> assertThatThrownBy(() -> Plots.series("t", "x", "y", new double[] {1}, new double[] {1, 2}))
                        .hasMessageContaining("1 x values and 2 y values"),
                () -> assertThatThrownBy(() -> Plots.gradientNorms("t", new double[] {1, Double.NaN}))
                        .hasMessageContaining("layer 2 has norm NaN"),
                () -> assertThatThrownBy(() -> Plots.gradientNorms(Sequential.mlp(new Random(1), Tanh::new, 2, 2, 1)))
                        .hasMessageContaining("no backward pass"));
    }

    @Test
    void a_confusion_matrix_shades_each_cell_by_its_share_of_the_row() {
        // actual 0: 8 right, 2 wrong; actual 1: 1 wrong, 9 right
        int[] actual = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1};
        int[] predicted = {0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1};
        BufferedImage image = Pictures.look("confusion", Plots.confusion(Metrics.confusionMatrix(predicted, actual, 2),
                List.of("cat", "dog")));
        int cellArea = 100 * 100;
        assertAll(
                () -> assertThat(Pictures.count(image, new Color(ConfusionPlot.shade(0.8)), 0)).isGreaterThan(cellArea / 2),
                () -> assertThat(Pictures.count(image, new Color(ConfusionPlot.shade(0.2)), 0)).isGreaterThan(cellArea / 2),
                () -> assertThat(Pictures.count(image, new Color(ConfusionPlot.shade(0.9)), 0)).isGreaterThan(cellArea / 2),
                () -> assertThat(Pictures.count(image, new Color(ConfusionPlot.shade(0.1)), 0)).isGreaterThan(cellArea / 2),
                () -> assertThat(Pictures.brightness(ConfusionPlot.shade(0.9))).isLessThan(Pictures.brightness(ConfusionPlot.shade(0.1))),
                () -> assertThatThrownBy(() -> Plots.confusion(Metrics.confusionMatrix(predicted, actual, 2), List.of("cat")))
                        .hasMessageContaining("1 class names for a 2×2"));
    }

    @Test
    void image_tiles_get_darker_as_pixel_values_grow_and_negative_weights_turn_blue() {
        // one 4×1 image with values 0, 1, 2, 3: tile at (8, 8), 20 px per pixel
        BufferedImage image = Pictures.look("images-ramp", Plots.images(Matrix.row(0, 1, 2, 3), 4, 1, 1, List.of()));
        int[] b = new int[4];
        for (int c = 0; c < 4; c++) {
            b[c] = Pictures.brightness(image.getRGB(8 + 20 * c + 10, 8 + 10));
        }
        BufferedImage weights = Plots.images(Matrix.row(-2, 0, 2, 1), 4, 1, 1, List.of()).image();
        int negative = weights.getRGB(8 + 10, 18);
        int positive = weights.getRGB(8 + 40 + 10, 18);
        assertAll(
                () -> assertThat(b).containsExactly(255, 170, 85, 0),
                () -> assertThat(negative & 0xFF).as("blue channel of a negative weight").isGreaterThan((negative >> 16) & 0xFF),
                () -> assertThat((positive >> 16) & 0xFF).as("red channel of a positive weight").isGreaterThan(positive & 0xFF),
                () -> assertThat(weights.getRGB(8 + 20 + 10, 18) & 0xFFFFFF).as("zero is white").isEqualTo(0xFFFFFF));
    }

    @Test
    void image_grids_lay_out_rows_and_captions_and_check_their_arguments() {
        Matrix digits = Matrix.uniform(12, 64, 0, 16, 1);
        Figure grid = Plots.images(digits, 8, 8, 6, List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11"));
        Pictures.look("images-grid", grid);
        assertAll(
                () -> assertThat(grid.width()).isEqualTo(8 + 6 * (80 + 8)),
                () -> assertThat(grid.height()).isEqualTo(8 + 2 * (80 + ImageGrid.CAPTION + 8)),
                () -> assertThatThrownBy(() -> Plots.images(digits, 28, 28, 6, List.of()))
                        .hasMessageContaining("28 × 28 = 784").hasMessageContaining("[12, 64]"),
                () -> assertThatThrownBy(() -> Plots.images(digits, 8, 8, 6, List.of("a")))
                        .hasMessageContaining("1 captions for 12 images"));
    }

    @Test
    void a_grid_puts_panels_side_by_side_and_redraws_wide_ones_narrower() {
        Figure a = Plots.scatter("a", Synthetic.xor());
        Figure two = Plots.grid(2, a, a, a);
        Figure three = Plots.grid(3, List.of(a, a, a));
        assertAll(
                () -> assertThat(two.width()).isEqualTo(1280),
                () -> assertThat(two.height()).isEqualTo(2 * 420),
                () -> assertThat(three.width()).isEqualTo(3 * (1280 / 3)),
                () -> Pictures.assertNotBlank(Pictures.look("grid-3", three).getSubimage(2 * 426, 0, 426, three.height())),
                () -> assertThatThrownBy(() -> Plots.grid(0, a)).hasMessageContaining("columns is 0"),
                () -> assertThatThrownBy(() -> Plots.grid(2, List.of())).hasMessageContaining("no panels"));
    }

    @Test
    void save_writes_a_png_of_the_same_picture(@TempDir Path dir) throws Exception {
        Figure f = Plots.scatter("xor", Synthetic.xor());
        Path written = f.save(dir.resolve("sub/xor").toString());
        BufferedImage back = ImageIO.read(written.toFile());
        assertAll(
                () -> assertThat(written.getFileName().toString()).isEqualTo("xor.png"),
                () -> assertThat(Files.size(written)).isGreaterThan(1000),
                () -> assertThat(back.getWidth()).isEqualTo(f.width()),
                () -> assertThat(back.getRGB(100, 100)).isEqualTo(f.image().getRGB(100, 100)),
                () -> assertThat(f.toString()).contains("640×420"));
    }

    @Test
    void every_class_has_the_same_colour_everywhere_and_colours_differ() {
        assertAll(
                () -> assertThat(Palette.of(1)).isEqualTo(Palette.of(1)),
                () -> assertThat(java.util.stream.IntStream.range(0, 10).mapToObj(Palette::of).distinct().count()).isEqualTo(10),
                () -> assertThatThrownBy(() -> Palette.of(-1)).hasMessageContaining("negative"));
    }

    /** {minX, maxX, minY, maxY, x of the topmost pixel} of the pixels of one colour. */
    static int[] extent(BufferedImage image, Color color) {
        int[] e = {Integer.MAX_VALUE, -1, Integer.MAX_VALUE, -1, -1};
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (Pictures.near(image.getRGB(x, y), color, 10)) {
                    e[0] = Math.min(e[0], x);
                    e[1] = Math.max(e[1], x);
                    if (y < e[2]) {
                        e[2] = y;
                        e[4] = x;
                    }
                    e[3] = Math.max(e[3], y);
                }
            }
        }
        return e;
    }

    /** Heights in pixels of the first {@code n} bars (columns of the palette's blue), left to right. */
    static int[] barHeights(BufferedImage image, int n) {
        int[] heights = new int[n];
        int bar = -1;
        boolean inside = false;
        for (int x = 0; x < image.getWidth() && bar < n; x++) {
            int h = 0;
            for (int y = 0; y < image.getHeight(); y++) {
                h += Pictures.near(image.getRGB(x, y), Palette.of(0), 6) ? 1 : 0;
            }
            if (h > 0 && !inside) {
                bar++;
                inside = true;
            }
            if (h == 0) {
                inside = false;
            }
            if (h > 0 && bar < n) {
                heights[bar] = Math.max(heights[bar], h);
            }
        }
        return heights;
    }
}
