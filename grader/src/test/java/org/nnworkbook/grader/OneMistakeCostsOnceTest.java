// One mistake costs once: loops and wrong helpers lose their own points only; a deleted locked cell is put back in place.
package org.nnworkbook.grader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nnworkbook.grader.SampleWorkbook.withCellAfter;
import static org.nnworkbook.grader.SampleWorkbook.withSource;
import static org.nnworkbook.grader.SampleWorkbook.without;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class OneMistakeCostsOnceTest {
    private static final String LOOPING_SIGMOID = "double sigmoid(double x) {\n    while (true) {\n        x = x + 1;\n    }\n}\n";
    private static final String CONSTANT_SIGMOID = "double sigmoid(double x) {\n    return 0.5;\n}\n";
    /** A right ReLU, as long as sigmoid is right: sigmoid(1000 x) is above 1/2 exactly when x > 0. */
    private static final String RELU_ON_SIGMOID = "double relu(double x) {\n    return sigmoid(1000 * x) > 0.5 ? x : 0.0;\n}\n";
    private static final String WRONG_RELU = "double relu(double x) {\n    return Math.min(0.0, x);\n}\n";

    SampleWorkbook.GradeRun run;

    @BeforeAll
    void grade_the_batch(@TempDir Path dir) throws IOException {
        SampleWorkbook workbook = SampleWorkbook.create(dir.resolve("workbook"));
        Path subs = Files.createDirectories(dir.resolve("submissions"));

        ObjectNode calls = withSource(workbook.instructorJson(), "sigmoid", LOOPING_SIGMOID);
        for (int i = 0; i < 4; i++) {
            withCellAfter(calls, "check_sigmoid", "sigmoid(" + i + ".0)");
        }
        SampleWorkbook.write(calls, subs.resolve("loop-called-by-many-cells.ipynb"));
        SampleWorkbook.write(withSource(withSource(workbook.instructorJson(), "sigmoid", LOOPING_SIGMOID), "relu", RELU_ON_SIGMOID),
                subs.resolve("loop-under-relu.ipynb"));
        SampleWorkbook.write(withSource(withSource(workbook.instructorJson(), "sigmoid", CONSTANT_SIGMOID), "relu", RELU_ON_SIGMOID),
                subs.resolve("wrong-under-relu.ipynb"));
        SampleWorkbook.write(withSource(withSource(workbook.instructorJson(), "sigmoid", CONSTANT_SIGMOID), "relu", WRONG_RELU),
                subs.resolve("two-own-mistakes.ipynb"));

        // The setup cell (it imports SelfCheck) deleted; a cell of the student's in its place uses the import.
        ObjectNode noSetup = without(workbook.instructorJson(), "setup");
        ((ArrayNode) noSetup.get("cells")).insert(1, SampleWorkbook.codeCell("SelfCheck mine = SelfCheck.of(\"mine\");\ndouble ONE = 1.0;"));
        withSource(noSetup, "sigmoid", "double sigmoid(double x) {\n    return ONE / (ONE + Math.exp(-x));\n}\n");
        SampleWorkbook.write(noSetup, subs.resolve("setup-deleted.ipynb"));

        run = workbook.grade(subs, dir.resolve("out"), "--cell-timeout", "5s", "--test-timeout", "5s", "--jobs", "2");
        assertThat(run.cli().exitCode()).as(run.cli().err()).isZero();
    }

    @Test
    void a_looping_helper_called_by_many_cells_costs_its_own_points_only() {
        SampleWorkbook.Row row = run.row("loop-called-by-many-cells");
        assertThat(row.points()).as(row.message()).isEqualTo(8.0);
        assertThat(row.status()).isEqualTo("timeout");
        assertThat(row.message()).contains("ended more than 3 times in the part of cell 'sigmoid'").doesNotContain("relu");
    }

    @Test
    void an_exercise_built_on_a_looping_helper_is_graded_with_the_instructors_helper_and_says_so() throws IOException {
        SampleWorkbook.Row row = run.row("loop-under-relu");
        assertThat(row.points()).as(row.message()).isEqualTo(8.0);
        assertThat(run.feedback("loop-under-relu")).contains("Exercise 2: ReLU was graded with the instructor&#39;s"
                + " Exercise 1: sigmoid (yours did not finish: an endless loop?), so that one mistake costs once: 2 points instead of 0");
    }

    @Test
    void an_exercise_built_on_a_wrong_helper_is_graded_with_the_instructors_helper() throws IOException {
        SampleWorkbook.Row row = run.row("wrong-under-relu");
        assertThat(row.points()).as(row.message()).isEqualTo(9.0);
        assertThat(run.feedback("wrong-under-relu")).contains("Exercise 2: ReLU was graded with the instructor&#39;s"
                + " Exercise 1: sigmoid (yours failed its tests)");
    }

    @Test
    void a_mistake_of_its_own_is_not_forgiven_by_the_instructors_other_answers() throws IOException {
        SampleWorkbook.Row row = run.row("two-own-mistakes");
        assertThat(row.points()).as(row.message()).isEqualTo(7.0);
        assertThat(run.feedback("two-own-mistakes")).doesNotContain("was graded with the instructor");
    }

    @Test
    void a_deleted_setup_cell_is_put_back_before_the_cells_after_it() throws IOException {
        SampleWorkbook.Row row = run.row("setup-deleted");
        assertThat(row.points()).as(row.message()).isEqualTo(10.0);
        assertThat(row.status()).isEqualTo("ok");
        String feedback = run.feedback("setup-deleted");
        assertThat(feedback).contains("locked cell &#39;setup&#39; was missing; the original was put back in its place")
                .doesNotContain("did not run cleanly");
    }
}
