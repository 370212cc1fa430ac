// What a notebook saved after a run must show: every code cell ran, none ended in an error, every plot cell drew.
package org.nnworkbook.notebooks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;

/** Checks an executed notebook file (nbformat 4), as JupyterLab or the headless runner saved it. */
final class ExecutedCopy {
    private ExecutedCopy() {
    }

    static void assertRanWithoutErrorAndDrewItsPlots(Path executed) throws IOException {
        JsonNode cells = new ObjectMapper().readTree(executed.toFile()).path("cells");
        int index = 0;
        for (JsonNode cell : cells) {
            String where = executed.getFileName() + ", cell " + index++;
            if (!cell.path("cell_type").asText().equals("code")) {
                continue;
            }
            assertThat(cell.path("execution_count").isNumber()).as(where + " never ran").isTrue();
            boolean image = false;
            for (JsonNode output : cell.path("outputs")) {
                assertThat(output.path("output_type").asText()).as(where + ": " + output.path("ename").asText()
                        + ": " + output.path("evalue").asText()).isNotEqualTo("error");
                image |= output.path("data").has("image/png");
            }
            boolean plot = false;
            for (JsonNode tag : cell.path("metadata").path("tags")) {
                plot |= tag.asText().equals("plot");
            }
            assertThat(image || !plot).as(where + " is tagged plot but saved no image/png").isTrue();
        }
    }
}
