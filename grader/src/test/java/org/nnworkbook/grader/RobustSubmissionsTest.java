// Broken, edited and foreign notebooks in one batch: each gets a clear status and message, the rest is graded.
package org.nnworkbook.grader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nnworkbook.grader.SampleWorkbook.cell;
import static org.nnworkbook.grader.SampleWorkbook.withCellAfter;
import static org.nnworkbook.grader.SampleWorkbook.withSource;
import static org.nnworkbook.grader.SampleWorkbook.without;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class RobustSubmissionsTest {
    SampleWorkbook.GradeRun run;

    @BeforeAll
    void grade_the_batch(@TempDir Path dir) throws IOException {
        SampleWorkbook workbook = SampleWorkbook.create(dir.resolve("workbook"));
        Path subs = dir.resolve("submissions");
        Files.createDirectories(subs);
        String full = Files.readString(workbook.instructor);
        Files.writeString(subs.resolve("truncated.ipynb"), full.substring(0, full.length() / 2));
        Files.writeString(subs.resolve("not-a-notebook.ipynb"), "[1, 2, 3]");
        ObjectNode old = workbook.instructorJson();
        old.put("nbformat", 3);
        SampleWorkbook.write(old, subs.resolve("nbformat-3.ipynb"));
        ObjectNode other = workbook.blankJson();
        ((ObjectNode) other.get("metadata")).putObject("nn_workbook").put("assignment", "03-backprop");
        SampleWorkbook.write(other, subs.resolve("other-assignment.ipynb"));
        ObjectNode foreign = workbook.instructorJson();
        foreign.putArray("cells").add(SampleWorkbook.codeCell("int x = 1;"));
        SampleWorkbook.write(foreign, subs.resolve("no-known-cells.ipynb"));

        ObjectNode reordered = workbook.instructorJson();
        List<Object> cells = new ArrayList<>();
        reordered.get("cells").forEach(cells::add);
        Collections.reverse(cells);
        ArrayNode reversed = reordered.putArray("cells");
        cells.forEach(c -> reversed.add((ObjectNode) c));
        SampleWorkbook.write(reordered, subs.resolve("reordered.ipynb"));

        ObjectNode markdown = workbook.instructorJson();
        cell(markdown, "sigmoid").put("cell_type", "markdown").remove(List.of("outputs", "execution_count"));
        SampleWorkbook.write(markdown, subs.resolve("wrong-cell-type.ipynb"));

        SampleWorkbook.write(without(without(workbook.instructorJson(), "setup"), "mse"), subs.resolve("deleted-cells.ipynb"));
        SampleWorkbook.write(withSource(workbook.blankJson(), "check_relu",
                "double relu(double x) { return Math.max(0.0, x); }"), subs.resolve("edited-locked-cell.ipynb"));
        ObjectNode duplicated = workbook.instructorJson();
        ObjectNode copy = cell(duplicated, "relu").deepCopy();
        copy.put("source", "double relu(double x) { return -1.0; }");
        ((ArrayNode) duplicated.get("cells")).add(copy);
        SampleWorkbook.write(duplicated, subs.resolve("duplicated-cell.ipynb"));
        SampleWorkbook.write(withCellAfter(workbook.instructorJson(), "relu", "int broken = ;"), subs.resolve("compile-error.ipynb"));
        ObjectNode untagged = workbook.instructorJson();
        ((ObjectNode) cell(untagged, "dot").get("metadata")).remove("nbgrader");
        SampleWorkbook.write(untagged, subs.resolve("lost-metadata.ipynb"));

        Files.createDirectories(subs.resolve("student-folder/nested"));
        Files.copy(workbook.instructor, subs.resolve("student-folder/nested/anything.ipynb"));
        Files.createDirectories(subs.resolve("empty-folder"));
        Files.writeString(subs.resolve("empty.ipynb"), "");
        Path copies = Files.createDirectories(subs.resolve("folder-with-copies"));
        Files.copy(workbook.instructor, copies.resolve("sample-activations (1).ipynb"));
        Files.copy(workbook.studentVersion, copies.resolve("sample-activations.ipynb"));
        Files.setLastModifiedTime(copies.resolve("sample-activations (1).ipynb"), java.nio.file.attribute.FileTime.fromMillis(0));
        SampleWorkbook.write(withSource(workbook.instructorJson(), "sigmoid",
                "double sigmoid(double x) {\n    return 1.0 / (1.0 + Math.exp(-x))\n}\n"), subs.resolve("solution-does-not-compile.ipynb"));
        SampleWorkbook.write(withSource(workbook.instructorJson(), "sigmoid",
                "double sigmoid(double x) {\n    return 1.0 / (1.0 + exp(-x));\n}\n"), subs.resolve("missing-import.ipynb"));

        run = workbook.grade(subs, dir.resolve("out"), "--jobs", "2");
    }

    @Test
    void the_batch_completes_with_one_row_per_submission() {
        assertThat(run.cli().exitCode()).as(run.cli().err()).isZero();
        assertThat(run.rows()).hasSize(18);
    }

    @Test
    void invalid_json_is_invalid_and_says_where() {
        assertThat(run.row("truncated").status()).isEqualTo("invalid");
        assertThat(run.row("truncated").message()).contains("not valid JSON at line");
        assertThat(run.row("not-a-notebook").message()).contains("not a Jupyter notebook");
    }

    @Test
    void a_wrong_nbformat_is_invalid() {
        assertThat(run.row("nbformat-3").status()).isEqualTo("invalid");
        assertThat(run.row("nbformat-3").message()).contains("nbformat 3");
    }

    @Test
    void a_notebook_of_another_assignment_is_invalid() {
        assertThat(run.row("other-assignment").status()).isEqualTo("invalid");
        assertThat(run.row("other-assignment").message()).contains("'03-backprop', not of 'sample-activations'");
        assertThat(run.row("no-known-cells").status()).isEqualTo("invalid");
        assertThat(run.row("no-known-cells").message()).contains("another assignment");
    }

    @Test
    void reordered_cells_run_in_the_handed_out_order() throws IOException {
        assertThat(run.row("reordered").points()).isEqualTo(10);
        assertThat(run.feedback("reordered")).contains("some cells were moved");
    }

    @Test
    void a_solution_cell_turned_into_markdown_is_reported_and_graded_as_not_answered() throws IOException {
        assertThat(run.row("wrong-cell-type").points()).isEqualTo(8);
        assertThat(run.feedback("wrong-cell-type")).contains("cell &#39;sigmoid&#39; was changed to a markdown cell");
    }

    @Test
    void deleted_cells_are_put_back_or_graded_as_not_answered() throws IOException {
        assertThat(run.row("deleted-cells").points()).isEqualTo(7);
        assertThat(run.row("deleted-cells").status()).isEqualTo("ok");
        assertThat(run.feedback("deleted-cells"))
                .contains("locked cell &#39;setup&#39; was missing; the original was put back")
                .contains("cell &#39;mse&#39; was missing; its blank version ran before your cells");
    }

    @Test
    void an_edited_locked_cell_runs_as_the_instructor_wrote_it() throws IOException {
        assertThat(run.row("edited-locked-cell").points()).isZero();
        assertThat(run.feedback("edited-locked-cell")).contains("locked cell &#39;check_relu&#39; was changed");
    }

    @Test
    void a_duplicated_solution_cell_runs_in_order_so_the_last_copy_counts() throws IOException {
        assertThat(run.row("duplicated-cell").points()).isEqualTo(8);
        assertThat(run.feedback("duplicated-cell")).contains("cell &#39;relu&#39; appears 2 times");
    }

    @Test
    void an_answer_whose_cell_lost_its_metadata_still_counts() throws IOException {
        assertThat(run.row("lost-metadata").points()).isEqualTo(10);
        assertThat(run.feedback("lost-metadata")).contains("cell &#39;dot&#39; was missing");
    }

    @Test
    void a_cell_that_does_not_compile_costs_nothing_else() throws IOException {
        assertThat(run.row("compile-error").points()).isEqualTo(10);
        assertThat(run.row("compile-error").status()).isEqualTo("ok");
        assertThat(run.feedback("compile-error")).contains("does not compile");
    }

    @Test
    void a_folder_per_student_is_graded_under_the_folder_name() {
        assertThat(run.row("student-folder").points()).isEqualTo(10);
        assertThat(run.row("empty-folder").status()).isEqualTo("invalid");
        assertThat(run.row("empty-folder").message()).contains("holds no notebook");
    }

    @Test
    void an_empty_file_is_called_empty() {
        assertThat(run.row("empty").status()).isEqualTo("invalid");
        assertThat(run.row("empty").message()).startsWith("the file is empty, not a notebook");
    }

    @Test
    void of_a_notebook_and_its_copy_in_a_folder_the_one_with_answers_is_graded_and_both_are_named() throws IOException {
        assertThat(run.row("folder-with-copies").points()).isEqualTo(10);
        assertThat(run.feedback("folder-with-copies")).contains("your folder holds 2 copies of the notebook"
                + " (sample-activations.ipynb, sample-activations (1).ipynb); sample-activations (1).ipynb was graded:"
                + " it holds the most answers");
    }

    @Test
    void a_solution_that_does_not_compile_shows_its_compile_error_next_to_the_tests_it_broke() throws IOException {
        assertThat(run.row("solution-does-not-compile").points()).isEqualTo(8);
        assertThat(run.feedback("solution-does-not-compile"))
                .containsPattern("<td>Exercise 1: sigmoid</td><td>sigmoid of zero is one half</td><td>0 / 1</td>"
                        + "<td class=\"fail\">fail</td><td><pre>✘ your cell &#39;sigmoid&#39;: does not compile: &#39;;&#39; expected");
    }

    @Test
    void a_name_that_is_not_defined_is_reported_as_such() throws IOException {
        assertThat(run.row("missing-import").points()).isEqualTo(8);
        assertThat(run.feedback("missing-import")).contains("✘ sigmoid(0.0): sigmoid cannot run until exp is known:"
                + " is exp spelled right, and defined in a cell above?");
    }
}
