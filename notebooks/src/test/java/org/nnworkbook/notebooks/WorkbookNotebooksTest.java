package org.nnworkbook.notebooks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestFactory;

/**
 * Every notebook of the workbook, executed top to bottom with the real kernel, and checked as committed. Order 2:
 * a notebook the browser suite ran to the end in JupyterLab during this test run (its saved copy in target/executed
 * is newer than this JVM) is checked from that copy instead of being run again; the others run headless here. The
 * executed copies are what SiteTest builds the website from.
 */
@Order(2)
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class WorkbookNotebooksTest {

    static List<Path> workbook() throws IOException {
        try (Stream<Path> files = Files.list(NotebookRunner.MODULE)) {
            List<Path> notebooks = files.filter(p -> p.toString().endsWith(".ipynb")).sorted().toList();
            assertThat(notebooks).as("notebooks in " + NotebookRunner.MODULE).isNotEmpty();
            return notebooks;
        }
    }

    @TestFactory
    Stream<DynamicTest> every_notebook_runs_top_to_bottom_without_an_error_and_draws_its_plots() throws IOException {
        Path executed = NotebookRunner.MODULE.resolve("target/executed");
        long testRunStarted = ManagementFactory.getRuntimeMXBean().getStartTime();
        return workbook().stream().map(notebook -> DynamicTest.dynamicTest(notebook.getFileName().toString(), () -> {
            Path copy = executed.resolve(notebook.getFileName());
            if (Files.isRegularFile(copy) && Files.getLastModifiedTime(copy).toMillis() > testRunStarted) {
                ExecutedCopy.assertRanWithoutErrorAndDrewItsPlots(copy);
                return;
            }
            NotebookRunner.Run run = NotebookRunner.run(List.of(notebook),
                    List.of("--executed-dir", executed.toString()), List.of());
            NotebookRunner.Result result = run.result(notebook.getFileName().toString());
            assertThat(result.passed()).as(run.output()).isTrue();
        }));
    }

    @TestFactory
    Stream<DynamicTest> every_notebook_is_committed_clean_and_names_the_workbook_kernel() throws IOException {
        ObjectMapper json = new ObjectMapper();
        return workbook().stream().map(notebook -> DynamicTest.dynamicTest(notebook.getFileName().toString(), () -> {
            JsonNode nb = json.readTree(notebook.toFile());
            assertThat(nb.path("metadata").path("kernelspec").path("name").asText()).isEqualTo("nn-workbook");
            int number = 0;
            for (JsonNode cell : nb.path("cells")) {
                number++;
                if (!cell.path("cell_type").asText().equals("code")) {
                    continue;
                }
                assertThat(cell.path("outputs")).as("outputs of cell %d: clear them before committing", number).isEmpty();
                assertThat(cell.path("execution_count").isNull()).as("execution count of cell %d", number).isTrue();
                String source = String.join("", json.convertValue(cell.path("source"), String[].class));
                assertThat(source.lines().map(String::strip))
                        .as("cell %d: notebooks reach libraries through the kernel's classpath, not magics", number)
                        .noneMatch(line -> line.startsWith("%jar") || line.startsWith("%dependency")
                                || line.startsWith("%maven"));
            }
        }));
    }
}
