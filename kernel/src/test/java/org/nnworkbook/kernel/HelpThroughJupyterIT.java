// Tab, Shift-Tab and is_complete through a real Jupyter client on the real kernel, library Javadoc included.
package org.nnworkbook.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertAll;

import com.google.gson.JsonObject;
import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/**
 * What JupyterLab sends while a student types, answered by the kernel as the kernelspec starts it: the library's
 * Javadoc comes from lib/target/nn-lib-sources.jar beside nn-lib.jar. The kernel must be packaged first, so Maven
 * runs this as an integration test (failsafe), after the package phase.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class HelpThroughJupyterIT {
    private static KernelClient kernel;

    @BeforeAll
    static void start() throws IOException, InterruptedException {
        kernel = KernelClient.start();
        // the help is answered once the execution VM is ready, which a first cell waits for
        String imports = "import org.nnworkbook.nn.layers.*;\nimport org.nnworkbook.plot.*;\n";
        assertThat(kernel.execute(imports + "var net = new Linear(2, 3);").status()).isEqualTo("ok");
    }

    @AfterAll
    static void stop() throws IOException, InterruptedException {
        kernel.close();
    }

    @Test
    void tab_after_a_library_class_completes_its_method_and_replaces_the_typed_prefix() throws IOException {
        JsonObject reply = kernel.completeReply("Plots.bou", 9);
        assertAll(
                () -> assertThat(reply.getAsJsonArray("matches").toString()).isEqualTo("[\"boundary(\"]"),
                () -> assertThat(reply.get("cursor_start").getAsInt()).isEqualTo(6),
                () -> assertThat(reply.get("cursor_end").getAsInt()).isEqualTo(9));
    }

    @Test
    void tab_after_a_variable_of_an_earlier_cell_lists_its_methods() throws IOException {
        assertThat(kernel.complete("net.", 4)).contains("forward(", "parameters()");
    }

    @Test
    void shift_tab_on_a_library_method_shows_its_signatures_and_javadoc_as_markdown_and_text() throws IOException {
        JsonObject reply = kernel.inspect("Plots.boundary", 14, 0);
        JsonObject data = reply.getAsJsonObject("data");
        assertAll(
                () -> assertThat(reply.get("found").getAsBoolean()).isTrue(),
                () -> assertThat(data.get("text/markdown").getAsString()).contains(
                        "BoundaryPlot Plots.boundary(Model model, Dataset data)",
                        "The decision regions of `model` over the data's range (2 features), data points on top."),
                () -> assertThat(data.get("text/plain").getAsString()).contains(
                        "The regions of a hand-written classifier point -> class"));
    }

    @Test
    void shift_tab_on_nothing_known_finds_nothing() throws IOException {
        assertThat(kernel.inspect("Plots.noSuchPlot", 16, 0).get("found").getAsBoolean()).isFalse();
    }

    @Test
    void is_complete_waits_for_an_open_loop_and_runs_a_finished_line() throws IOException {
        JsonObject open = kernel.isComplete("for (int i = 0; i < 3; i++) {");
        assertThat(open.get("status").getAsString()).isEqualTo("incomplete");
        assertThat(open.get("indent").getAsString()).isEqualTo("    ");
        assertThat(kernel.isComplete("int x = 1;").get("status").getAsString()).isEqualTo("complete");
        assertThat(kernel.isComplete("int x = ;").get("status").getAsString()).isEqualTo("invalid");
    }
}
