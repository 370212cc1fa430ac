// Which code a submission runs, decided without starting any VM.
package org.nnworkbook.grader.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.nnworkbook.grader.SampleWorkbook.cell;
import static org.nnworkbook.grader.SampleWorkbook.withCellAfter;
import static org.nnworkbook.grader.SampleWorkbook.withSource;
import static org.nnworkbook.grader.SampleWorkbook.without;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.nnworkbook.grader.SampleWorkbook;
import org.nnworkbook.grader.assignment.Assignment;
import org.nnworkbook.grader.notebook.Notebook;
import org.nnworkbook.grader.release.StudentVersion;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class SubmissionAssemblerTest {
    SampleWorkbook workbook;
    Assignment assignment;
    Notebook blank;

    @BeforeAll
    void load(@TempDir Path dir) throws IOException {
        workbook = SampleWorkbook.create(dir);
        assignment = Assignment.load(workbook.instructor, null);
        blank = StudentVersion.of(assignment);
    }

    @AfterAll
    void close() throws IOException {
        assignment.close();
    }

    private SubmissionAssembler.Assembled assemble(ObjectNode submission) throws Exception {
        return SubmissionAssembler.assemble(assignment, blank,
                Notebook.parse(submission.toString().getBytes(StandardCharsets.UTF_8)));
    }

    private static String code(SubmissionAssembler.Assembled assembled) {
        return String.join("\n----\n", assembled.cells().stream().map(SubmissionAssembler.RunCell::source).toList());
    }

    @Test
    void the_instructor_notebook_runs_unchanged_and_without_notes() throws Exception {
        var assembled = assemble(workbook.instructorJson());
        assertThat(assembled.notes()).isEmpty();
        assertThat(code(assembled)).contains("return Math.max(0.0, x);").doesNotContain("YOUR CODE HERE");
    }

    @Test
    void the_released_student_version_runs_its_stubs() throws Exception {
        var assembled = assemble(workbook.blankJson());
        assertThat(assembled.notes()).isEmpty();
        assertThat(code(assembled)).contains("exercise relu: not written yet").doesNotContain("Math.max(0.0, x)");
    }

    @Test
    void an_edited_locked_cell_is_replaced_by_the_original() throws Exception {
        var assembled = assemble(withSource(workbook.blankJson(), "check_relu", "double relu(double x) { return x; }"));
        assertThat(code(assembled)).doesNotContain("return x; }").contains(".close(\"relu(2.5)\"");
        assertThat(assembled.notes()).containsExactly("locked cell 'check_relu' was changed; the original was used instead of your version");
    }

    @Test
    void a_deleted_solution_cell_becomes_its_stub_run_before_everything_else() throws Exception {
        var assembled = assemble(without(workbook.instructorJson(), "mse"));
        assertThat(assembled.cells().get(0).source()).contains("exercise mse: not written yet");
        assertThat(assembled.notes()).containsExactly("cell 'mse' was missing; its blank version ran before your cells,"
                + " so the exercise counts only if another of your cells answers it");
    }

    @Test
    void copies_of_a_solution_cell_all_run_in_order() throws Exception {
        ObjectNode notebook = workbook.instructorJson();
        ObjectNode copy = cell(notebook, "relu").deepCopy();
        copy.put("source", "double relu(double x) { return -1.0; }");
        ((ArrayNode) notebook.get("cells")).add(copy);
        String code = code(assemble(notebook));
        assertThat(code.indexOf("return -1.0;")).isGreaterThan(code.indexOf("Math.max(0.0, x)"));
    }

    @Test
    void a_cell_the_student_added_runs_after_the_cell_it_follows() throws Exception {
        var assembled = assemble(withCellAfter(workbook.instructorJson(), "relu", "double helper = 1;"));
        List<String> sources = assembled.cells().stream().map(SubmissionAssembler.RunCell::source).toList();
        int relu = sources.indexOf(sources.stream().filter(s -> s.contains("double relu")).findFirst().orElseThrow());
        assertThat(sources.get(relu + 1)).isEqualTo("double helper = 1;");
    }

    @Test
    void a_notebook_of_another_assignment_is_refused() {
        assertThatThrownBy(() -> {
            ObjectNode other = workbook.blankJson();
            ((ObjectNode) other.get("metadata")).putObject("nn_workbook").put("assignment", "other");
            assemble(other);
        }).isInstanceOf(InvalidSubmissionException.class).hasMessageContaining("assignment 'other', not of 'sample-activations'");
    }
}
