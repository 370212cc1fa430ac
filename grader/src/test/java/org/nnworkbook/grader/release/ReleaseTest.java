// release: what a student version contains, and the instructor mistakes it refuses to ship.
package org.nnworkbook.grader.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nnworkbook.grader.SampleWorkbook.cell;
import static org.nnworkbook.grader.SampleWorkbook.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nnworkbook.grader.SampleWorkbook;
import org.nnworkbook.grader.notebook.Fingerprint;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ReleaseTest {
    @TempDir
    Path dir;
    SampleWorkbook workbook;

    @BeforeEach
    void sample() throws IOException {
        workbook = SampleWorkbook.create(dir.resolve("workbook"));
    }

    private SampleWorkbook.CliRun release(ObjectNode instructor) throws IOException {
        SampleWorkbook.write(instructor, workbook.instructor);
        return cli("release", workbook.instructor.toString(), "--out", dir.resolve("out").toString());
    }

    @Test
    void the_student_version_has_the_same_name_stubs_instead_of_solutions_and_no_outputs() throws IOException {
        ObjectNode instructor = workbook.instructorJson();
        ObjectNode output = ((ArrayNode) cell(instructor, "check_relu").get("outputs")).addObject();
        output.put("output_type", "stream").put("name", "stdout").put("text", "✔ relu(2.5) = 2.5\n");
        cell(instructor, "check_relu").put("execution_count", 7);

        SampleWorkbook.CliRun run = release(instructor);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("4 graded exercises, 10 points");
        Path student = dir.resolve("out/sample-activations.ipynb");
        String text = Files.readString(student);
        assertThat(text).doesNotContain("Math.exp(-x)").doesNotContain("Math.max(0.0, x)")
                .doesNotContain("sum += a[i] * b[i]").doesNotContain("one comparison per unit")
                .doesNotContain("BEGIN SOLUTION").doesNotContain("relu(2.5) = 2.5")
                .contains("throw new UnsupportedOperationException(\\\"exercise sigmoid: not written yet\\\");")
                .contains("if (true) throw new UnsupportedOperationException(\\\"exercise dot: not written yet\\\");")
                .contains("YOUR ANSWER HERE");
        JsonNode notebook = new ObjectMapper().readTree(text);
        assertThat(notebook.path("metadata").path("nn_workbook").path("assignment").asText()).isEqualTo("sample-activations");
        for (JsonNode cell : notebook.get("cells")) {
            assertThat(cell.path("outputs").size()).isZero();
            assertThat(cell.path("execution_count").isMissingNode() || cell.get("execution_count").isNull()).isTrue();
        }
    }

    @Test
    void every_locked_cell_keeps_its_fingerprint_and_is_marked_read_only() throws IOException {
        assertThat(release(workbook.instructorJson()).exitCode()).isZero();
        ObjectNode student = (ObjectNode) new ObjectMapper().readTree(dir.resolve("out/sample-activations.ipynb").toFile());
        for (String locked : new String[] {"intro", "setup", "check_sigmoid", "check_relu", "check_dot", "check_mse"}) {
            ObjectNode cell = cell(student, locked);
            String source = cell.get("source").isArray()
                    ? String.join("", new ObjectMapper().convertValue(cell.get("source"), String[].class))
                    : cell.get("source").asText();
            assertThat(cell.path("metadata").path("nbgrader").path("checksum").asText())
                    .isEqualTo(Fingerprint.of(cell.get("cell_type").asText(), locked, source));
            assertThat(cell.path("metadata").path("editable").asBoolean(true)).isFalse();
        }
        assertThat(cell(student, "relu").path("metadata").path("nbgrader").has("checksum")).isFalse();
    }

    @Test
    void duplicate_grade_ids_are_refused_and_nothing_is_written() throws IOException {
        ObjectNode instructor = workbook.instructorJson();
        ((ObjectNode) cell(instructor, "relu").path("metadata").path("nbgrader")).put("grade_id", "sigmoid");
        SampleWorkbook.CliRun run = release(instructor);
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("grade_id 'sigmoid' is used by cells 4 and 7").contains("nothing written");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void a_cell_with_nbgrader_metadata_but_no_grade_id_is_refused() throws IOException {
        ObjectNode instructor = workbook.instructorJson();
        ((ObjectNode) cell(instructor, "relu").path("metadata").path("nbgrader")).remove("grade_id");
        SampleWorkbook.CliRun run = release(instructor);
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("cell 7: it has no grade_id");
    }

    @Test
    void an_exercise_with_no_test_is_refused() throws IOException {
        Files.delete(workbook.testsDir.resolve("DotTest.java"));
        SampleWorkbook.CliRun run = release(workbook.instructorJson());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("grade cell 'check_dot' has no hidden test; add a JUnit class with @GradeId(\"check_dot\")");
    }

    @Test
    void points_that_do_not_add_up_are_refused() throws IOException {
        ObjectNode instructor = workbook.instructorJson();
        ((ObjectNode) cell(instructor, "check_mse").path("metadata").path("nbgrader")).put("points", 4);
        SampleWorkbook.CliRun run = release(instructor);
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("points do not add up: grade cell 'check_mse' is worth 4 but its hidden tests award 3");
    }

    @Test
    void a_hidden_test_tied_to_an_unknown_grade_id_or_without_points_is_refused() throws IOException {
        Files.writeString(workbook.testsDir.resolve("StrayTest.java"), """
                import org.junit.jupiter.api.Test;
                import org.nnworkbook.grader.api.*;
                @GradeId("check_softmax")
                class StrayTest {
                    @Test @Points(1) void softmax(Session s) { }
                    @Test void no_points(Session s) { }
                }
                """);
        SampleWorkbook.CliRun run = release(workbook.instructorJson());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("hidden test StrayTest.softmax is tied to grade_id 'check_softmax', which is not a grade cell")
                .contains("hidden test StrayTest.no_points needs @Points");
    }

    @Test
    void a_hidden_test_that_does_not_compile_is_refused_with_its_line() throws IOException {
        Files.writeString(workbook.testsDir.resolve("ReluTest.java"), "class ReluTest { void broken( }\n");
        SampleWorkbook.CliRun run = release(workbook.instructorJson());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("hidden test does not compile: ReluTest.java:1:");
    }

    @Test
    void an_unbalanced_solution_region_is_refused() throws IOException {
        SampleWorkbook.CliRun run = release(SampleWorkbook.withSource(workbook.instructorJson(), "relu",
                "double relu(double x) {\n    // BEGIN SOLUTION\n    return Math.max(0.0, x);\n}"));
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("cell 'relu': BEGIN SOLUTION on line 2 has no END SOLUTION");
    }

    @Test
    void without_notebooks_release_looks_in_the_workbook_and_says_when_there_is_nothing() {
        SampleWorkbook.CliRun run = cli("release", "--out", dir.resolve("out").toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).satisfiesAnyOf(
                out -> assertThat(out).contains("nothing released"),
                out -> assertThat(out).contains("released "));
    }
}
