// Live training displays: one display per fit replaced in place inside a notebook (a recording opener here), plain lines outside.
package org.nnworkbook.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertAll;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.nnworkbook.data.Dataset;
import org.nnworkbook.data.Synthetic;
import org.nnworkbook.nn.activations.Tanh;
import org.nnworkbook.nn.layers.Sequential;
import org.nnworkbook.nn.loss.CrossEntropyLoss;
import org.nnworkbook.nn.optim.Adam;
import org.nnworkbook.nn.train.Trainer;
import org.nnworkbook.nn.train.TrainingListener;

class LiveTest {
    private final NotebookDisplay.Opener outside = NotebookDisplay.Kernel.use(null);
    private final PrintStream stdout = System.out;

    @AfterEach
    void restore() {
        NotebookDisplay.Kernel.use(outside);
        System.setOut(stdout);
    }

    /** A stand-in for the kernel: records what each display showed, in order. */
    static final class FakeKernel implements NotebookDisplay.Opener {
        final List<List<Object>> displays = new ArrayList<>();

        @Override
        public NotebookDisplay open(Object value) {
            List<Object> shown = new ArrayList<>(List.of(value));
            displays.add(shown);
            return shown::add;
        }
    }

    /** Puts a fake kernel in place for this test (restored after it). */
    static FakeKernel inNotebook() {
        FakeKernel kernel = new FakeKernel();
        NotebookDisplay.Kernel.use(kernel);
        return kernel;
    }

    static Sequential net(int hidden) {
        return Sequential.mlp(new Random(1), Tanh::new, 2, hidden, 2);
    }

    static Trainer trainer(Sequential net, Dataset data, int epochs) {
        return new Trainer(net, new CrossEntropyLoss(), new Adam(net.parameters(), 0.05)).epochs(epochs)
                .validation(data.x(), data.y());
    }

    @Test
    void in_a_notebook_progress_is_one_display_updated_in_place_ending_with_a_summary() {
        FakeKernel kernel = inNotebook();
        Dataset data = Synthetic.moons(60, 0.1, 1);
        Sequential net = net(4);
        trainer(net, data, 30).listener(Live.progress()).fit(data.x(), data.y());
        List<Object> shown = kernel.displays.get(0);
        String last = (String) shown.get(shown.size() - 1);
        String lastEpoch = (String) shown.get(shown.size() - 2);
        assertAll(
                () -> assertThat(kernel.displays).hasSize(1),
                () -> assertThat((String) shown.get(0)).startsWith("epoch 0/30"),
                () -> assertThat(shown.size()).isBetween(3, 32),
                () -> assertThat(lastEpoch).startsWith("epoch 30/30  [####################]").contains("val accuracy")
                        .contains("about 0.0 s left"),
                () -> assertThat(last).startsWith("done: 30 epochs in").contains("loss"));
    }

    @Test
    void outside_a_notebook_progress_prints_about_ten_lines_and_a_summary() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        Dataset data = Synthetic.xor();
        Sequential net = net(4);
        TrainingListener progress = Live.progress();
        trainer(net, data, 50).listener(progress).fit(data.x(), data.y());
        List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
        assertAll(
                () -> assertThat(lines).hasSize(11),
                () -> assertThat(lines.get(0)).startsWith("epoch 5/50  [##------------------]  loss"),
                () -> assertThat(lines.get(9)).startsWith("epoch 50/50"),
                () -> assertThat(lines.get(10)).startsWith("done: 50 epochs"));
    }

    @Test
    void a_live_boundary_shows_the_untrained_model_then_redraws_every_n_epochs_in_the_same_display() {
        FakeKernel kernel = inNotebook();
        Dataset data = Synthetic.moons(60, 0.1, 1);
        Sequential net = net(8);
        trainer(net, data, 25).listener(Live.boundary(net, data, 10)).fit(data.x(), data.y());
        List<Object> shown = kernel.displays.get(0);
        BufferedImage before = ((Figure) shown.get(0)).image();
        BufferedImage after = ((Figure) shown.get(shown.size() - 1)).image();
        Pictures.look("live-boundary-last", Plots.boundary(net, data));
        assertAll(
                () -> assertThat(kernel.displays).hasSize(1),
                () -> assertThat(shown).hasSize(1 + 3),            // before training, epochs 10, 20 and 25
                () -> assertThat(after.getWidth()).isEqualTo(640),
                () -> assertThat(differentPixels(before, after)).as("pixels that changed while training").isGreaterThan(2000));
    }

    @Test
    void live_curves_appear_after_the_first_redraw_and_outside_a_notebook_only_a_note_is_printed() {
        FakeKernel kernel = inNotebook();
        Dataset data = Synthetic.xor();
        Sequential net = net(4);
        trainer(net, data, 12).listener(Live.curves(5)).fit(data.x(), data.y());
        NotebookDisplay.Kernel.use(null);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        trainer(net, data, 12).listener(Live.curves(5)).fit(data.x(), data.y());
        assertAll(
                () -> assertThat(kernel.displays).hasSize(1),
                () -> assertThat(kernel.displays.get(0)).hasSize(3),               // epochs 5, 10 and 12
                () -> assertThat(((Figure) kernel.displays.get(0).get(2)).image().getWidth()).isEqualTo(1280),
                () -> assertThat(kernel.displays.get(0).get(2).toString()).startsWith("Figure 1280×")
                        .contains("\"epoch 12/12: loss"),
                () -> assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("Live.curves")
                        .contains("up to epoch 12").contains("not in a notebook"));
    }

    @Test
    void a_live_boundary_checks_the_model_before_training_and_the_interval() {
        Dataset data = Synthetic.xor();
        Sequential wrong = Sequential.mlp(new Random(1), Tanh::new, 3, 4, 2);
        assertAll(
                () -> assertThatThrownBy(() -> Live.boundary(wrong, data, 10)).hasMessageContaining("takes 3 input features"),
                () -> assertThatThrownBy(() -> Live.curves(0)).hasMessageContaining("everyEpochs is 0"));
    }

    @Test
    void outside_a_kernel_no_display_is_connected() {
        assertThat(outside).as("only a kernel's extension connects one, and none is running here").isNull();
        assertThat(NotebookDisplay.Kernel.connected()).isFalse();
    }

    @Test
    void asking_for_plain_text_prints_lines_even_inside_a_notebook() {
        FakeKernel kernel = inNotebook();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        Dataset data = Synthetic.xor();
        System.setProperty("nnworkbook.live.text", "true");
        try {
            trainer(net(4), data, 10).listener(Live.progress()).fit(data.x(), data.y());
        } finally {
            System.clearProperty("nnworkbook.live.text");
        }
        assertAll(
                () -> assertThat(kernel.displays).isEmpty(),
                () -> assertThat(bytes.toString(StandardCharsets.UTF_8).lines()).hasSize(11));
    }

    static int differentPixels(BufferedImage a, BufferedImage b) {
        int n = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                n += a.getRGB(x, y) != b.getRGB(x, y) ? 1 : 0;
            }
        }
        return n;
    }
}
