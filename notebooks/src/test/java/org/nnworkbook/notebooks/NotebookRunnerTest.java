package org.nnworkbook.notebooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertAll;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runner's verdicts on notebooks kept broken on purpose (src/test/resources/broken, outside the
 * workbook), executed with the real kernel.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class NotebookRunnerTest {
    static final Path BROKEN = NotebookRunner.MODULE.resolve("src/test/resources/broken");
    static NotebookRunner.Run run;

    @BeforeAll
    static void run_every_broken_notebook_once() throws Exception {
        List<Path> notebooks = List.of("passing", "runtime-error", "compile-error", "missing-plot", "endless-loop")
                .stream().map(name -> BROKEN.resolve(name + ".ipynb")).toList();
        run = NotebookRunner.run(notebooks, List.of("--cell-timeout", "5"), List.of());
    }

    @Test
    void a_notebook_with_a_value_a_plot_and_a_table_passes() {
        NotebookRunner.Result result = run.result("passing.ipynb");
        assertAll(
                () -> assertThat(result.status()).isEqualTo("passed"),
                () -> assertThat(result.attempts()).isBetween(1, 3),
                () -> assertThat(run.output()).containsPattern("PASSED  passing.ipynb  \\(\\d+\\.\\d s, kernel ready in"));
    }

    @Test
    void a_runtime_exception_fails_the_notebook_at_its_cell_with_the_exception_message() {
        NotebookRunner.Result result = run.result("runtime-error.ipynb");
        assertAll(
                () -> assertThat(result.status()).isEqualTo("failed"),
                () -> assertThat(result.cell()).isEqualTo(3),
                () -> assertThat(result.ename()).isEqualTo("IllegalStateException"), // the student's own exception, as the kernel names it
                () -> assertThat(result.evalue()).isEqualTo("expected 42 but got 41"),
                () -> assertThat(run.output()).contains("FAILED  runtime-error.ipynb at cell 3",
                        "IllegalStateException: expected 42 but got 41", "cell starts: if (answer != 42)"));
    }

    @Test
    void a_compile_error_is_reported_with_the_compilers_message() {
        NotebookRunner.Result result = run.result("compile-error.ipynb");
        assertAll(
                () -> assertThat(result.cell()).isEqualTo(2),
                () -> assertThat(result.ename()).isEqualTo("CompileError"),
                () -> assertThat(result.evalue()).contains("incompatible types"));
    }

    @Test
    void a_cell_tagged_plot_that_draws_nothing_fails_but_one_that_draws_passes() {
        NotebookRunner.Result result = run.result("missing-plot.ipynb");
        assertAll(
                () -> assertThat(result.cell()).as("cell 2 draws a chart; cell 3 only computes").isEqualTo(3),
                () -> assertThat(result.ename()).isEqualTo("MissingPlot"),
                () -> assertThat(result.evalue()).contains("tagged 'plot' but produced no image/png"));
    }

    @Test
    void a_cell_that_never_ends_fails_after_the_cell_timeout() {
        NotebookRunner.Result result = run.result("endless-loop.ipynb");
        assertAll(
                () -> assertThat(result.cell()).isEqualTo(2),
                () -> assertThat(result.ename()).isEqualTo("CellTimeout"),
                () -> assertThat(result.evalue()).isEqualTo("the cell ran longer than 5 s"));
    }

    @Test
    void the_runner_exits_with_1_when_a_notebook_fails() {
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.output()).contains("1 of 5 notebooks passed");
    }

    @Test
    void a_malformed_kernel_environment_assignment_is_refused_with_an_example() throws Exception {
        NotebookRunner.Run refused = NotebookRunner.run(List.of(BROKEN.resolve("passing.ipynb")),
                List.of("--env", "JJAVA_CLASSPATH"), List.of());
        assertAll(
                () -> assertThat(refused.exitCode()).isEqualTo(2),
                () -> assertThat(refused.results()).isEmpty(),
                () -> assertThat(refused.output()).contains("--env 'JJAVA_CLASSPATH': write NAME=VALUE"));
    }

    @Test
    void a_kernel_that_never_answers_is_retried_and_reported_apart_from_cell_failures(@TempDir Path jupyter)
            throws Exception {
        // A kernelspec whose "kernel" prints a line and then never opens its ports: what a hung
        // start of the real kernel looks like from the outside.
        Path spec = Files.createDirectories(jupyter.resolve("kernels/never-starts"));
        Files.writeString(spec.resolve("kernel.json"), """
                {"argv": ["sh", "-c", "echo starting up; exec sleep 600", "{connection_file}"],
                 "display_name": "never starts", "language": "java"}
                """);
        NotebookRunner.Run hung = NotebookRunner.run(List.of(BROKEN.resolve("passing.ipynb")),
                List.of("--kernel", "never-starts", "--startup-timeout", "2", "--retries", "1"), List.of(jupyter));
        NotebookRunner.Result result = hung.result("passing.ipynb");
        assertAll(
                () -> assertThat(result.status()).isEqualTo("kernel-not-started"),
                () -> assertThat(result.attempts()).isEqualTo(2),
                () -> assertThat(result.cell()).isNull(),
                () -> assertThat(result.evalue()).contains("didn't respond in 2 seconds", "the kernel printed: starting up"),
                () -> assertThat(hung.output()).contains("KERNEL NEVER STARTED  passing.ipynb  (2 attempts"),
                () -> assertThat(hung.exitCode()).isEqualTo(1));
    }
}
