// Decision-boundary pictures: region colours match the model's predictions, unit lines sit on w·x + b = 0, clear errors, speed.
package org.nnworkbook.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertAll;

import java.awt.Point;
import java.awt.image.BufferedImage;
import java.lang.management.ManagementFactory;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.nnworkbook.data.Dataset;
import org.nnworkbook.data.Synthetic;
import org.nnworkbook.nn.Matrix;
import org.nnworkbook.nn.Model;
import org.nnworkbook.nn.activations.Tanh;
import org.nnworkbook.nn.layers.Linear;
import org.nnworkbook.nn.layers.Sequential;
import org.nnworkbook.nn.loss.CrossEntropyLoss;
import org.nnworkbook.nn.optim.Adam;
import org.nnworkbook.nn.train.Trainer;

class BoundaryPlotTest {

    /** A fixed 2-class model: P(class 1) = σ(3·x1 − 2·x2 − 0.5), as a logit output [n, 1]. */
    static final Model LOGIT = x -> Matrix.generate(x.rows(), 1, (i, j) -> 3 * x.get(i, 0) - 2 * x.get(i, 1) - 0.5);

    @Test
    void region_colours_match_the_predicted_class_at_points_away_from_the_border_and_the_dots() {
        Dataset data = Synthetic.moons(60, 0.1, 3);
        BoundaryPlot plot = Plots.boundary(LOGIT, data).logits(true);
        BufferedImage image = Pictures.look("boundary-logit", plot);
        int checked = assertRegionsMatch(plot, image, data, (a, b) -> {
            double z = 3 * a - 2 * b - 0.5;
            return Math.abs(z) < 0.5 ? -1 : z > 0 ? 1 : 0;          // -1: too close to the border to judge
        });
        assertThat(checked).as("points checked").isGreaterThan(40);
    }

    @Test
    void three_class_scores_colour_three_regions_as_their_argmax() {
        Dataset data = Synthetic.blobs(90, 3, 0.3, 5);
        // scores: each class scores its blob centre's direction, so argmax is the nearest centre by angle
        Model scores = x -> Matrix.generate(x.rows(), 3, (i, k) -> 4 * (x.get(i, 0) * Math.cos(2 * Math.PI * k / 3)
                + x.get(i, 1) * Math.sin(2 * Math.PI * k / 3)));
        BoundaryPlot plot = Plots.boundary(scores, data);
        BufferedImage image = Pictures.look("boundary-3-classes", plot);
        int checked = assertRegionsMatch(plot, image, data, (a, b) -> {
            double[] s = new double[3];
            for (int k = 0; k < 3; k++) {
                s[k] = 4 * (a * Math.cos(2 * Math.PI * k / 3) + b * Math.sin(2 * Math.PI * k / 3));
            }
            int best = s[0] > s[1] ? (s[0] > s[2] ? 0 : 2) : (s[1] > s[2] ? 1 : 2);
            double second = Math.max(Math.min(s[0], s[1]), Math.min(Math.max(s[0], s[1]), s[2]));
            return s[best] - second < 1.0 ? -1 : best;
        });
        assertThat(checked).isGreaterThan(40);
    }

    @Test
    void a_hand_written_classifier_paints_its_classes_without_shading() {
        Dataset xor = Synthetic.xor();
        BoundaryPlot plot = Plots.boundary((double[] p) -> p[0] + p[1] > 0.5 && p[0] + p[1] < 1.5 ? 1 : 0, xor);
        BufferedImage image = Pictures.look("boundary-classifier-xor", plot);
        Point inBand = plot.pixelOf(0.3, 0.45);
        Point below = plot.pixelOf(-0.05, 0.2);
        int flat0 = Palette.tint(Palette.of(0), 0.35);
        int flat1 = Palette.tint(Palette.of(1), 0.35);
        assertAll(
                () -> assertThat(image.getRGB(inBand.x, inBand.y) & 0xFFFFFF).isEqualTo(flat1),
                () -> assertThat(image.getRGB(below.x, below.y) & 0xFFFFFF).isEqualTo(flat0));
    }

    @Test
    void shading_is_stronger_where_the_model_is_more_confident() {
        BoundaryPlot plot = Plots.boundary(LOGIT, Synthetic.xor()).logits(true);
        BufferedImage image = plot.image();
        Point sure = plot.pixelOf(1.1, -0.1);      // z = 3.5: P ≈ 0.97
        Point unsure = plot.pixelOf(0.35, 0.05);   // z = 0.45: P ≈ 0.61
        assertThat(Pictures.brightness(image.getRGB(sure.x, sure.y)))
                .isLessThan(Pictures.brightness(image.getRGB(unsure.x, unsure.y)) - 30);
    }

    @Test
    void each_hidden_unit_line_passes_where_w_x_plus_b_is_zero() {
        // unit 1: x1 + x2 − 1 = 0; unit 2: x1 − x2 = 0. The classifier's own border is at x1 = 1.1, away from both.
        Linear layer = Linear.of(Matrix.of(2, 2, 1, 1, 1, -1), Matrix.row(-1, 0));
        Dataset xor = Synthetic.xor();
        BoundaryPlot plot = Plots.boundary((double[] p) -> p[0] > 1.1 ? 1 : 0, xor).hiddenUnits(layer);
        BufferedImage image = Pictures.look("boundary-hidden-units", plot);
        int onLine = 0;
        int samples = 0;
        for (double t = 0.12; t <= 0.88; t += 0.04) {
            samples += 2;
            Point p1 = plot.pixelOf(t, 1 - t);
            Point p2 = plot.pixelOf(t, t);
            onLine += (Pictures.darkNear(image, p1.x, p1.y, 2) ? 1 : 0) + (Pictures.darkNear(image, p2.x, p2.y, 2) ? 1 : 0);
        }
        // the lines are dashed (7 px on, 4 off), so a few samples fall into gaps
        assertThat(onLine).as("samples on a unit line with a dark pixel within 2 px").isGreaterThan(samples / 2);
        for (double[] off : new double[][] {{0.2, 0.35}, {0.8, 0.5}, {0.5, 0.15}, {0.5, 0.8}}) {
            Point p = plot.pixelOf(off[0], off[1]);
            assertThat(Pictures.darkNear(image, p.x, p.y, 2)).as("dark pixels at (%s, %s), off both lines", off[0], off[1])
                    .isFalse();
        }
    }

    @Test
    void lines_from_hand_set_weights_take_a_2_by_k_weight_and_a_1_by_k_bias() {
        BoundaryPlot plot = Plots.boundary(LOGIT, Synthetic.xor()).logits(true)
                .lines(Matrix.of(2, 1, 0, 1), Matrix.row(-0.5));              // the line x2 = 0.5
        BufferedImage image = plot.image();
        Point p = plot.pixelOf(-0.1, 0.5);
        assertAll(
                () -> assertThat(Pictures.darkNear(image, p.x, p.y, 2) || Pictures.darkNear(image, p.x + 6, p.y, 2)).isTrue(),
                () -> assertThatThrownBy(() -> plot.lines(Matrix.of(1, 2, 1, 1), Matrix.row(0, 0)))
                        .hasMessageContaining("weight [2, k]").hasMessageContaining("[1, 2]"));
    }

    @Test
    void unit_lines_carry_the_names_given_and_h1_h2_otherwise() {
        Matrix weight = Matrix.of(2, 2, 1, 0, 0, 1);                       // the lines x1 = 0.5 and x2 = 0.5
        Matrix bias = Matrix.row(-0.5, -0.5);
        BufferedImage defaults = Plots.boundary(LOGIT, Synthetic.xor()).logits(true).lines(weight, bias).image();
        BufferedImage spelledOut = Plots.boundary(LOGIT, Synthetic.xor()).logits(true).lines(weight, bias)
                .lineLabels("h1", "h2").image();
        BufferedImage renamed = Plots.boundary(LOGIT, Synthetic.xor()).logits(true).lines(weight, bias)
                .lineLabels("out").image();
        assertAll(
                () -> assertThat(Pictures.samePixels(defaults, spelledOut)).isTrue(),
                () -> assertThat(Pictures.samePixels(defaults, renamed)).isFalse());
    }

    @Test
    void the_same_plot_draws_the_trained_model_after_training_not_its_first_picture() {
        Dataset clouds = Synthetic.xorClouds(80, 0.1, 2);
        Sequential net = Sequential.mlp(new Random(3), Tanh::new, 2, 4, 2);
        BoundaryPlot plot = Plots.boundary(net, clouds).hiddenUnits((Linear) net.get(0));
        BufferedImage before = plot.image();
        BufferedImage unchanged = plot.image();
        new Trainer(net, new CrossEntropyLoss(), new Adam(net.parameters(), 0.05)).epochs(100).batchSize(16)
                .fit(clouds.x(), clouds.y());
        BufferedImage after = Pictures.look("boundary-after-training", plot);
        BufferedImage fresh = Plots.boundary(net, clouds).hiddenUnits((Linear) net.get(0)).image();
        assertAll(
                () -> assertThat(unchanged).as("nothing changed: the drawn picture is reused").isSameAs(before),
                () -> assertThat(Pictures.samePixels(before, after)).as("the picture after training is the first one").isFalse(),
                () -> assertThat(Pictures.samePixels(fresh, after)).as("the redrawn picture is a new plot's").isTrue());
    }

    @Test
    void hidden_unit_lines_follow_the_weights_when_they_change_in_place() {
        Linear layer = Linear.of(Matrix.of(2, 1, 1, 1), Matrix.row(-1));             // the line x1 + x2 = 1
        Dataset xor = Synthetic.xor();
        BoundaryPlot plot = Plots.boundary((double[] p) -> p[0] > 1.1 ? 1 : 0, xor).hiddenUnits(layer);
        BufferedImage first = plot.image();
        Point onFirstLine = plot.pixelOf(0.3, 0.7);
        layer.weight().set(1, 0, -1);                                              // now x1 - x2 = 1
        BufferedImage moved = plot.image();
        Point onMovedLine = plot.pixelOf(0.8, -0.2);
        assertAll(
                () -> assertThat(Pictures.darkNear(first, onFirstLine.x, onFirstLine.y, 3)).isTrue(),
                () -> assertThat(Pictures.darkNear(moved, onFirstLine.x, onFirstLine.y, 3)).isFalse(),
                () -> assertThat(Pictures.darkNear(moved, onMovedLine.x, onMovedLine.y, 3)).isTrue());
    }

    @Test
    void one_output_column_is_a_logit_or_a_probability_as_the_plot_is_told_never_guessed() {
        Model constant = x -> Matrix.full(x.rows(), 1, 0.3);                       // a logit 0.3, or P(class 1) = 0.3
        Dataset xor = Synthetic.xor();
        BoundaryPlot asLogit = Plots.boundary(constant, xor).logits(true).probabilities(false);
        BoundaryPlot asProbability = Plots.boundary(constant, xor).logits(false).probabilities(false);
        Point p = asLogit.pixelOf(0.5, 0.5);
        assertAll(
                () -> assertThat(Pictures.nearestClass(asLogit.image().getRGB(p.x, p.y), 2)).isEqualTo(1),
                () -> assertThat(Pictures.nearestClass(asProbability.image().getRGB(p.x, p.y), 2)).isEqualTo(0),
                () -> assertThatThrownBy(() -> Plots.boundary(constant, xor).image())
                        .isInstanceOf(IllegalStateException.class)
                        .hasMessageContaining("one output column").hasMessageContaining(".logits(true)")
                        .hasMessageContaining(".logits(false)"),
                () -> assertThatThrownBy(() -> Live.boundary(constant, xor, 10))
                        .hasMessageContaining("Live.boundary(Plots.boundary(model, data).logits(true), 10)"),
                () -> assertThat(Live.boundary(Plots.boundary(constant, xor).logits(true), 10)).isNotNull());
    }

    @Test
    void the_picture_has_the_default_size_and_follows_size_and_title() {
        BoundaryPlot plot = Plots.boundary(LOGIT, Synthetic.xor()).logits(true);
        assertAll(
                () -> assertThat(plot.image().getWidth()).isEqualTo(640),
                () -> assertThat(plot.image().getHeight()).isEqualTo(560),
                () -> assertThat(plot.size(500, 400).image().getWidth()).isEqualTo(500),
                () -> assertThat(plot.title("XOR by a line").toString()).contains("XOR by a line"));
    }

    @Test
    void a_model_for_three_features_on_two_feature_data_is_refused_naming_both_numbers() {
        Sequential net = Sequential.mlp(new Random(1), Tanh::new, 3, 4, 1);
        assertThatThrownBy(() -> Plots.boundary(net, Synthetic.xor()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("takes 3 input features").hasMessageContaining("data has 2");
        Model lambda = x -> x.matmul(Matrix.of(3, 1, 1, 1, 1));
        assertThatThrownBy(() -> Plots.boundary(lambda, Synthetic.xor()))
                .hasMessageContaining("cannot take the data's 2 features");
    }

    @Test
    void data_that_is_not_two_dimensional_classes_or_is_empty_is_refused() {
        Dataset threeD = Dataset.classification(Matrix.of(2, 3, 1, 2, 3, 4, 5, 6), new int[] {0, 1});
        Dataset empty = Synthetic.xor().rows(0, 0);
        Dataset regression = Synthetic.function1d(Math::sin, 10, 0, 1, 0, 1);
        assertAll(
                () -> assertThatThrownBy(() -> Plots.boundary(LOGIT, threeD)).hasMessageContaining("has 3 features"),
                () -> assertThatThrownBy(() -> Plots.boundary(LOGIT, empty)).hasMessageContaining("is empty"),
                () -> assertThatThrownBy(() -> Plots.boundary(LOGIT, regression)).hasMessageContaining("regression"),
                () -> assertThatThrownBy(() -> Plots.boundary((Matrix x) -> Matrix.zeros(x.rows(), 3), Synthetic.xor()))
                        .hasMessageContaining("3 scores per point but the data has 2 classes"));
    }

    @Test
    void a_classifier_returning_an_unknown_class_is_reported_with_the_point() {
        assertThatThrownBy(() -> Plots.boundary((double[] p) -> 5, Synthetic.xor()).image())
                .hasMessageContaining("returned class 5").hasMessageContaining("classes 0..1");
    }

    @Test
    void drawing_a_network_boundary_at_the_default_resolution_takes_well_under_a_second_of_cpu() {
        Sequential net = Sequential.mlp(new Random(1), Tanh::new, 2, 16, 16, 2);
        Dataset data = Synthetic.spirals(300, 2, 0.05, 1);
        Plots.boundary(net, data).image();                     // warm up: class loading and JIT
        long start = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        Plots.boundary(net, data).image();
        double millis = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - start) / 1e6;
        // CPU time, not wall time: the test machines are shared and busy
        assertThat(millis).isLessThan(500);
    }

    interface Expected {
        /** The class the model predicts at (a, b), or -1 where it is too close to call. */
        int at(double a, double b);
    }

    /** Compares region colours with predictions on a 15 × 15 grid, skipping points near data dots. */
    static int assertRegionsMatch(BoundaryPlot plot, BufferedImage image, Dataset data, Expected expected) {
        Matrix x = data.x();
        DecisionRaster.Range r = DecisionRaster.Range.around(x);
        int checked = 0;
        for (int i = 1; i < 15; i++) {
            for (int j = 1; j < 15; j++) {
                double a = r.xMin() + (r.xMax() - r.xMin()) * i / 15;
                double b = r.yMin() + (r.yMax() - r.yMin()) * j / 15;
                int want = expected.at(a, b);
                Point p = plot.pixelOf(a, b);
                if (want < 0 || nearADot(plot, x, p)) {
                    continue;
                }
                assertThat(Pictures.nearestClass(image.getRGB(p.x, p.y), data.classes()))
                        .as("class colour at (%.2f, %.2f), pixel %s", a, b, p).isEqualTo(want);
                checked++;
            }
        }
        return checked;
    }

    private static boolean nearADot(BoundaryPlot plot, Matrix x, Point p) {
        for (int i = 0; i < x.rows(); i++) {
            Point d = plot.pixelOf(x.get(i, 0), x.get(i, 1));
            if (Math.abs(d.x - p.x) <= 9 && Math.abs(d.y - p.y) <= 9) {
                return true;
            }
        }
        return false;
    }
}
