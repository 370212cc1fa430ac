package org.nnworkbook.notebooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Runs the browser suite (browser/, pytest + Playwright driving Chromium through JupyterLab 4 and
 * Notebook 7) and passes when pytest does. Not the suite itself: every browser step is in browser/*.py.
 * The Python is $WORKBOOK_PYTHON, which `./workbook test` points at the project's .venv/ with the
 * test tools installed. Without Playwright it is skipped, except under CI=true, where it fails.
 */
class BrowserSuiteTest {
    private static final Path SUITE = NotebookRunner.MODULE.resolve("browser");
    private static final Path REPORT = NotebookRunner.MODULE.resolve("target/browser/pytest.xml");

    @Test
    void every_browser_test_passes_in_jupyterlab_and_notebook_7() throws IOException, InterruptedException {
        String python = pythonWithTestTools();
        NotebookRunner.writeKernelspec();
        long started = System.nanoTime();
        Process pytest = new ProcessBuilder(python, "-m", "pytest", SUITE.toString(), "-v", "-p", "no:cacheprovider",
                "--junitxml=" + REPORT).directory(NotebookRunner.MODULE.toFile()).redirectErrorStream(true).start();
        StringBuilder output = new StringBuilder();
        try (var lines = pytest.inputReader().lines()) {
            lines.forEach(line -> {
                System.out.println(line); // each test's outcome belongs in the build log
                output.append(line).append('\n');
            });
        }
        if (!pytest.waitFor(25, TimeUnit.MINUTES)) {
            pytest.destroyForcibly();
            throw new AssertionError("the browser suite did not finish within 25 minutes:\n" + output);
        }
        System.out.printf("browser suite: %d s%n", TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started));
        assertThat(pytest.exitValue()).as("pytest's exit code; its report:\n%s", output).isZero();
    }

    /** $WORKBOOK_PYTHON when it has JupyterLab, pytest and Playwright; else skipped (failed under CI=true). */
    private static String pythonWithTestTools() throws IOException, InterruptedException {
        String python = System.getenv().getOrDefault("WORKBOOK_PYTHON", "python3");
        Process check = new ProcessBuilder(python, "-c", "import jupyterlab, notebook, pytest, playwright")
                .redirectErrorStream(true).start();
        String said = new String(check.getInputStream().readAllBytes());
        if (check.waitFor() != 0) {
            String why = python + " lacks the browser suite's tools (" + said.strip().lines().reduce((a, b) -> b).orElse("")
                    + "); run the tests with ./workbook test, which installs jupyter/requirements-test.txt into .venv/";
            if ("true".equals(System.getenv("CI"))) {
                throw new AssertionError(why);
            }
            Assumptions.abort(why);
        }
        return python;
    }
}
