package org.nnworkbook.notebooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs a pytest suite of browser/ with $WORKBOOK_PYTHON and fails when pytest does, for BrowserSuiteTest and SiteTest.
 * Not a suite itself: the browser steps are in browser/*.py. The Python must import {@code modules}; when it cannot,
 * the test is skipped, except under CI=true, where it fails ({@code ./workbook test} installs them into .venv/).
 */
final class PytestSuite {
    private PytestSuite() {}

    /** Runs {@code python -m pytest ARGS -v} in the module folder, echoing its lines; asserts exit code 0. */
    static void passes(String name, String modules, List<String> args, int minutes) throws IOException, InterruptedException {
        String python = pythonWith(modules);
        NotebookRunner.writeKernelspec();
        long started = System.nanoTime();
        List<String> command = new ArrayList<>(List.of(python, "-m", "pytest", "-v", "-p", "no:cacheprovider"));
        command.addAll(args);
        Process pytest = new ProcessBuilder(command).directory(NotebookRunner.MODULE.toFile()).redirectErrorStream(true).start();
        StringBuilder output = new StringBuilder();
        try (var lines = pytest.inputReader().lines()) {
            lines.forEach(line -> {
                System.out.println(line); // each test's outcome belongs in the build log
                output.append(line).append('\n');
            });
        }
        if (!pytest.waitFor(minutes, TimeUnit.MINUTES)) {
            pytest.destroyForcibly();
            throw new AssertionError(name + " did not finish within " + minutes + " minutes:\n" + output);
        }
        System.out.printf("%s: %d s%n", name, TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started));
        assertThat(pytest.exitValue()).as("pytest's exit code; its report:\n%s", output).isZero();
    }

    /** $WORKBOOK_PYTHON when it imports {@code modules}; else skipped (failed under CI=true). */
    private static String pythonWith(String modules) throws IOException, InterruptedException {
        String python = System.getenv().getOrDefault("WORKBOOK_PYTHON", "python3");
        Process check = new ProcessBuilder(python, "-c", "import " + modules).redirectErrorStream(true).start();
        String said = new String(check.getInputStream().readAllBytes());
        if (check.waitFor() != 0) {
            String why = python + " lacks the browser tests' tools (" + said.strip().lines().reduce((a, b) -> b).orElse("")
                    + "); run the tests with ./workbook test, which installs jupyter/requirements-test.txt and"
                    + " requirements-site.txt into .venv/";
            if ("true".equals(System.getenv("CI"))) {
                throw new AssertionError(why);
            }
            Assumptions.abort(why);
        }
        return python;
    }
}
