// The check of a saved run: it passes a clean run and names the cell of each kind of fault.
package org.nnworkbook.notebooks;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ExecutedCopyTest {
    private static final String TEXT = "{\"cell_type\": \"markdown\", \"metadata\": {}, \"source\": \"# A\"}";
    private static final String PLOT = "{\"cell_type\": \"code\", \"execution_count\": 2, \"metadata\": {\"tags\": [\"plot\"]},"
            + " \"outputs\": [{\"output_type\": \"display_data\", \"data\": {\"image/png\": \"iVBOR\"}}], \"source\": \"f\"}";

    @TempDir
    Path dir;

    @Test
    void a_clean_run_passes() throws IOException {
        assertThatCode(() -> ExecutedCopy.assertRanWithoutErrorAndDrewItsPlots(notebook(TEXT, PLOT))).doesNotThrowAnyException();
    }

    @Test
    void an_error_output_a_cell_that_never_ran_and_a_plot_without_image_each_fail() throws IOException {
        String error = "{\"cell_type\": \"code\", \"execution_count\": 3, \"metadata\": {}, \"outputs\": [{\"output_type\":"
                + " \"error\", \"ename\": \"ArithmeticException\", \"evalue\": \"/ by zero\", \"traceback\": []}], \"source\": \"1/0\"}";
        String neverRan = "{\"cell_type\": \"code\", \"execution_count\": null, \"metadata\": {}, \"outputs\": [], \"source\": \"x\"}";
        String blankPlot = PLOT.replace("\"image/png\": \"iVBOR\"", "\"text/plain\": \"Figure\"");

        assertThatThrownBy(() -> ExecutedCopy.assertRanWithoutErrorAndDrewItsPlots(notebook(TEXT, error)))
                .hasMessageContaining("cell 1: ArithmeticException: / by zero");
        assertThatThrownBy(() -> ExecutedCopy.assertRanWithoutErrorAndDrewItsPlots(notebook(PLOT, neverRan)))
                .hasMessageContaining("cell 1 never ran");
        assertThatThrownBy(() -> ExecutedCopy.assertRanWithoutErrorAndDrewItsPlots(notebook(blankPlot)))
                .hasMessageContaining("cell 0 is tagged plot but saved no image/png");
    }

    private Path notebook(String... cells) throws IOException {
        Path file = Files.createTempFile(dir, "executed", ".ipynb");
        Files.writeString(file, "{\"nbformat\": 4, \"nbformat_minor\": 5, \"metadata\": {}, \"cells\": ["
                + String.join(", ", cells) + "]}");
        return file;
    }
}
