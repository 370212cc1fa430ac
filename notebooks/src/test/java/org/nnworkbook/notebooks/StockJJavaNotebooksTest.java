// Every notebook of the workbook on stock JJava (pip install jjava==1.0a8) with the library on JJAVA_CLASSPATH.
package org.nnworkbook.notebooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The workbook on another kernel of the IJava line: stock JJava, its kernelspec "java" taken from the project's
 * Python environment (today WORKBOOK_PYTHON's; {@code pip install jjava==1.0a8} puts it there), the library reached
 * the way a user reaches it, {@code JJAVA_CLASSPATH=$(./workbook classpath)}. Every notebook must run without an error
 * and every cell tagged "plot" must show an image/png, which only the library's extension
 * (org.nnworkbook.plot.jupyter.WorkbookExtension) makes JJava draw. Without JJava the tests are skipped, or fail
 * under CI=true.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class StockJJavaNotebooksTest {
    static final String KERNEL = "java";
    static String classpath;

    /** JJava's kernelspec and the library's classpath; skips (or under CI=true fails) saying how to install JJava. */
    static void find_jjava_and_the_library() throws Exception {
        Path spec = NotebookRunner.kernelspec(KERNEL);
        boolean isJJava = spec != null && Files.exists(spec.resolve("jjava.jar"));
        String missing = "stock JJava is not installed in the project's Python environment (" + NotebookRunner.python()
                + (spec == null ? ": no kernelspec \"java\"" : ": the kernelspec \"java\" at " + spec + " is not JJava's")
                + "). Install it with: " + NotebookRunner.python() + " -m pip install jjava==1.0a8";
        if ("true".equals(System.getenv("CI"))) {
            assertThat(isJJava).as(missing).isTrue();
        }
        if (!isJJava) {
            System.out.println("SKIPPED the notebooks on stock JJava: " + missing);
        }
        Assumptions.assumeTrue(isJJava, missing);

        classpath = workbookClasspath();
        assertThat(classpath.split(java.io.File.pathSeparator))
                .as("./workbook classpath: the library's jar first, its runtime jars, no second jjava-jupyter")
                .startsWith(NotebookRunner.ROOT.resolve("lib/target/nn-lib.jar").toString())
                .anyMatch(jar -> jar.contains("xchart")).anyMatch(jar -> jar.contains("tablesaw-core"))
                .noneMatch(jar -> Path.of(jar).getFileName().toString().startsWith("jjava-jupyter"));
    }

    /** The last line of `./workbook classpath`, what a user puts in JJAVA_CLASSPATH. */
    static String workbookClasspath() throws IOException, InterruptedException {
        Process p = new ProcessBuilder("bash", NotebookRunner.ROOT.resolve("workbook").toString(), "classpath")
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        List<String> lines = new String(p.getInputStream().readAllBytes()).lines().toList();
        assertThat(p.waitFor()).as("exit status of ./workbook classpath, which printed " + lines).isZero();
        return lines.get(lines.size() - 1);
    }

    @TestFactory
    Stream<DynamicTest> every_notebook_runs_on_stock_jjava_and_draws_its_plots() throws Exception {
        find_jjava_and_the_library();
        Path executed = NotebookRunner.MODULE.resolve("target/executed-jjava");
        return WorkbookNotebooksTest.workbook().stream().map(notebook -> DynamicTest.dynamicTest(notebook.getFileName().toString(), () -> {
            NotebookRunner.Run run = NotebookRunner.run(List.of(notebook), List.of("--kernel", KERNEL,
                    "--env", "JJAVA_CLASSPATH=" + classpath, "--startup-timeout", "60",
                    "--executed-dir", executed.toString()), List.of());
            NotebookRunner.Result result = run.result(notebook.getFileName().toString());
            assertThat(result.passed()).as(run.output()).isTrue();
        }));
    }
}
