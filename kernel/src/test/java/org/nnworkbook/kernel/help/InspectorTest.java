// Shift-Tab on a real JShell: signatures, the library's Javadoc from its sources, JDK Javadoc, variables, odd input.
package org.nnworkbook.kernel.help;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import jdk.jshell.JShell;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class InspectorTest {
    private final JShell shell = NotebookShell.get();
    private final Inspector inspector = new Inspector(List.of(NotebookShell.LIBRARY_SOURCES));

    private Help help(String cell, int cursor, boolean detail) {
        return inspector.inspect(shell, cell, cursor, detail)
                .orElseThrow(() -> new AssertionError("no help for <" + cell + "> at " + cursor));
    }

    private Help helpAtEnd(String cell) {
        return help(cell, cell.length(), false);
    }

    @Test
    void a_library_method_shows_each_overloads_signature_and_first_sentence() {
        Help h = helpAtEnd("Plots.boundary");
        assertAll(
                () -> assertThat(h.markdown()).contains("```java\nBoundaryPlot Plots.boundary(Model model, Dataset data)\n```"),
                () -> assertThat(h.markdown()).contains(
                        "BoundaryPlot Plots.boundary(ToIntFunction<double[]> classifier, Dataset data)"),
                () -> assertThat(h.markdown()).contains(
                        "The decision regions of `model` over the data's range (2 features), data points on top."),
                () -> assertThat(h.markdown()).contains("The regions of a hand-written classifier `point -> class`"),
                () -> assertThat(h.plain()).contains("The decision regions of model over the data's range"),
                () -> assertThat(h.plain()).doesNotContain("`", "```"),
                // the rest of the comment waits for Shift-Tab twice
                () -> assertThat(h.markdown()).doesNotContain("A model that does not take 2 inputs"));
    }

    @Test
    void detail_shows_the_whole_javadoc() {
        Help h = help("Plots.boundary", 14, true);
        assertThat(h.markdown()).contains("A model that does not take 2 inputs, or whose outputs do not match the "
                + "classes, is\nrefused with a message saying which numbers differ.");
    }

    @Test
    void a_matrix_method_shows_its_javadoc_with_code_as_code() {
        Help h = helpAtEnd("Matrix.of(");
        assertAll(
                () -> assertThat(h.markdown()).contains("Matrix Matrix.of(double[][] values)"),
                () -> assertThat(h.markdown()).contains(
                        "From nested arrays, one inner array per row; all rows must have the same length."),
                () -> assertThat(h.markdown()).contains("`rows × cols` values given row by row."));
    }

    @Test
    void an_instance_method_of_a_matrix_value_shows_its_javadoc() {
        String cell = "Matrix.of(new double[][] {{1, 2}}).transpose()";
        Help h = help(cell, cell.indexOf("transpose") + 2, false);
        assertThat(h.markdown()).contains("Matrix Matrix.transpose()", "`[rows, cols] → [cols, rows]`.");
    }

    @Test
    void a_constructor_after_new_shows_its_overloads() {
        Help h = helpAtEnd("var layer = new Linear(");
        assertThat(h.markdown()).contains("Linear(int in, int out)", "Linear(int in, int out, long seed)",
                "Weights and biases from PyTorch's default `U(-1/√in, 1/√in)`");
    }

    @Test
    void the_call_around_the_cursor_is_shown_while_typing_its_arguments() {
        String cell = "Plots.boundary(model, ";
        assertThat(help(cell, cell.length(), false).markdown()).contains("The decision regions of `model`");
    }

    @Test
    void a_cursor_inside_a_name_shows_that_name() {
        assertThat(help("Plots.boundary(model, data)", "Plots.bou".length(), false).plain())
                .startsWith("BoundaryPlot Plots.boundary(");
        assertThat(help("Plots.boundary(model, data)", "Plo".length(), false).plain())
                .startsWith("org.nnworkbook.plot.Plots\n\nEvery picture the workbook draws, as a one-liner.");
    }

    @Test
    void parameters_and_result_become_a_list_and_examples_a_code_block() {
        Help method = help("Sequential.mlp(new java.util.Random(1), ReLU::new, null, 2, 3)", "Sequential.mlp".length(), true);
        assertThat(method.markdown()).contains("**Parameters**\n- `rng` — source of the initial weights",
                "- `sizes` — layer widths, input first: `{64, 128, 10}`");
        Help type = help("Plots", 5, true);
        assertThat(type.markdown()).contains("```java\njshell> import org.nnworkbook.data.*; import org.nnworkbook.plot.*;\n");
        assertThat(type.plain()).contains("\n    jshell> var data = Synthetic.circles(300, 0.05, 1);\n");
    }

    @Test
    void an_overriding_method_without_javadoc_shows_the_javadoc_it_overrides() {
        // Linear's forward comes from BufferReusingLayer → Layer (an @Override without comment) → Model
        Help h = helpAtEnd("model.forward(");
        assertThat(h.markdown()).contains("Matrix ", ".forward(Matrix input)", "`input [n, features] → output [n, outputs]`.");
    }

    @Test
    void inherited_javadoc_is_found_through_interfaces_that_do_not_document_the_method() {
        // backward(Matrix) is declared, without a comment, by BufferReusingLayer; Layer documents it
        Help h = helpAtEnd("model.backward(");
        assertThat(h.markdown()).contains("Backpropagates through the latest forward pass; returns dL/d(input).");
    }

    @Test
    void a_method_with_its_own_javadoc_of_a_variables_class_shows_it() {
        assertThat(helpAtEnd("model.weight(").markdown()).contains("The live `weight [in, out]`");
    }

    @Test
    void a_static_import_of_the_facade_finds_its_javadoc() {
        Help h = helpAtEnd("var m = matrix(");
        assertThat(h.markdown()).contains("Matrix NN.matrix(double[][] rows)");
        assertThat(h.markdown().lines().count()).isGreaterThan(3); // a sentence under the signature
    }

    @Test
    void a_notebook_variable_shows_its_type_declaration_and_class_summary() {
        Help h = helpAtEnd("model");
        assertAll(
                () -> assertThat(h.plain()).startsWith("Linear model"),
                () -> assertThat(h.plain()).contains("var model = new Linear(2, 3);"),
                () -> assertThat(h.plain()).contains("A fully connected layer"));
    }

    @Test
    void a_jdk_method_shows_its_signatures_always() {
        assertThat(helpAtEnd("Math.max(").plain()).contains("double Math.max(double a, double b)");
    }

    @Test
    void a_jdk_method_shows_its_javadoc_when_the_jdk_has_its_sources() {
        boolean sources = Files.isReadable(Path.of(System.getProperty("java.home"), "lib", "src.zip"));
        String missing = "this JDK has no lib/src.zip (Debian: apt-get install openjdk-17-source)";
        if ("true".equals(System.getenv("CI"))) {
            assertThat(sources).as(missing + "; .ci/run installs it").isTrue(); // CI fails rather than skips
        }
        assumeTrue(sources, missing);
        Help h = help("Math.max(1.5, 2)", "Math.max".length(), true);
        assertThat(h.markdown()).contains("Returns the greater of two `double` values.", "**Parameters**");
    }

    @Test
    void javadoc_from_the_library_sources_jar_is_the_same_as_from_the_folder(@TempDir Path dir) throws IOException {
        Path jar = dir.resolve("nn-lib-sources.jar");
        zip(NotebookShell.LIBRARY_SOURCES, jar);
        Files.createFile(dir.resolve("nn-lib.jar"));
        List<Path> sources = Inspector.sourcesBeside(List.of(dir.resolve("nn-lib.jar"), dir.resolve("other.jar")));
        assertThat(sources).containsExactly(jar);
        Optional<Help> fromJar = new Inspector(sources).inspect(shell, "Plots.boundary", 14, true);
        assertThat(fromJar).contains(help("Plots.boundary", 14, true));
    }

    @Test
    void without_library_sources_a_library_method_still_shows_its_signatures() {
        Help h = new Inspector(List.of()).inspect(shell, "Plots.boundary", 14, false).orElseThrow();
        assertThat(h.markdown()).contains("BoundaryPlot Plots.boundary(Model model, Dataset data)")
                .doesNotContain("decision regions");
    }

    @Test
    void a_line_magic_above_does_not_hide_the_java_below() {
        String cell = "%classpath extra.jar\nPlots.boundary";
        assertThat(helpAtEnd(cell).plain()).contains("The decision regions of model");
    }

    @Test
    void the_cursor_counts_unicode_code_points_as_jupyter_does() {
        String cell = "// " + "🙂".repeat(12) + "\nPlots.boundary(model)"; // 12 code points, 24 Java chars
        int endOfModel = cell.codePointCount(0, cell.indexOf("model)") + "model".length());
        assertThat(help(cell, endOfModel, false).plain()).startsWith("Linear model");
    }

    @ParameterizedTest(name = "[{index}] cell <{0}> cursor {1}")
    @CsvSource(delimiter = '|', value = {
            "''                     | 0",
            "'Plots.boundary'       | -1",
            "'Plots.boundary'       | 99",
            "'   '                  | 1",
            "'Plots.noSuchPlot'     | 16",
            "'}}} {{ ((( Plots.'    | 17",
            "'%%bash\nPlots.boundary' | 20",
            "'// Plots.boundary'    | 17"})
    void odd_input_gets_no_help_and_no_exception(String cell, int cursor) {
        assertThat(inspector.inspect(shell, cell.replace("\\n", "\n"), cursor, false)).isEmpty();
    }

    private static void zip(Path folder, Path jar) throws IOException {
        try (OutputStream out = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(out);
             Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                zip.putNextEntry(new ZipEntry(folder.relativize(file).toString().replace('\\', '/')));
                zip.write(Files.readAllBytes(file));
                zip.closeEntry();
            }
        }
    }
}
