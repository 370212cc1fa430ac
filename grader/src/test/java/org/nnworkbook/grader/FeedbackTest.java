// What students read: the same ✔/✘ lines as the notebook's visible checks, never a hidden value or test code.
package org.nnworkbook.grader;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.nnworkbook.grader.assignment.Assignment;
import org.nnworkbook.grader.grading.CellReport;
import org.nnworkbook.grader.grading.SubmissionGrader;
import org.nnworkbook.grader.grading.SubmissionResult;
import org.nnworkbook.grader.release.StudentVersion;
import org.nnworkbook.grader.sandbox.Limits;
import org.nnworkbook.grader.sandbox.Sandbox;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class FeedbackTest {
    SampleWorkbook workbook;
    SubmissionResult wrongRelu;
    SubmissionResult blank;
    SampleWorkbook.GradeRun plainAssertions;

    @BeforeAll
    void grade(@TempDir Path dir) throws Exception {
        workbook = SampleWorkbook.create(dir.resolve("workbook"));
        Path subs = Files.createDirectories(dir.resolve("submissions"));
        // relu that is always 0: right for relu(-1.0), wrong for relu(2.5); sigmoid wrong everywhere.
        SampleWorkbook.write(SampleWorkbook.withSource(SampleWorkbook.withSource(workbook.instructorJson(), "relu",
                "double relu(double x) { return 0.0; }"), "sigmoid", "double sigmoid(double x) { return 0.25; }"),
                subs.resolve("wrong.ipynb"));
        try (Assignment assignment = Assignment.load(workbook.instructor, null);
             Sandbox sandbox = Sandbox.create(null, Limits.defaults(), java.util.List.of(), java.util.List.of())) {
            SubmissionGrader grader = new SubmissionGrader(assignment, StudentVersion.of(assignment), sandbox);
            wrongRelu = grader.grade("wrong", subs.resolve("wrong.ipynb"));
            blank = grader.grade("blank", workbook.studentVersion);
        }
        // The same assignment with sigmoid tested by plain JUnit assertions, whose messages hold expected values.
        Files.writeString(workbook.testsDir.resolve("SigmoidTest.java"), """
                import static org.junit.jupiter.api.Assertions.assertEquals;
                import org.junit.jupiter.api.Test;
                import org.nnworkbook.grader.api.*;
                @GradeId("check_sigmoid")
                class SigmoidTest {
                    @Test @Points(2) void sigmoid_of_zero(Session s) {
                        assertEquals(0.5, s.evalDouble("sigmoid(0.0)"), 1e-9, "sigmoid(0.0) should be 0.5");
                    }
                }
                """);
        plainAssertions = workbook.grade(subs, dir.resolve("out"));
    }

    private static String cellOutput(SubmissionResult result, String label) {
        return result.cells().stream().filter(c -> c.label().equals(label)).map(CellReport::output).findFirst().orElseThrow();
    }

    private static String testLine(SubmissionResult result, String testName) {
        return result.tests().stream().filter(t -> t.name().equals(testName)).findFirst().orElseThrow().lines()
                .stream().filter(l -> l.startsWith("✘")).findFirst().orElseThrow();
    }

    @Test
    void a_failed_visible_check_reads_the_same_in_the_notebook_and_in_the_feedback() {
        String notebook = cellOutput(wrongRelu, "'check_relu'");
        String grader = testLine(wrongRelu, "relu keeps positive numbers");
        assertThat(grader).isEqualTo("✘ relu(2.5): got 0.0, expected 2.5");
        assertThat(notebook.lines()).containsExactly("✔ relu(-1.0) = 0.0", grader);
    }

    @Test
    void an_unanswered_exercise_reads_the_same_in_the_notebook_and_in_the_feedback() {
        String notebook = cellOutput(blank, "'check_relu'").strip();
        String grader = testLine(blank, "relu keeps positive numbers");
        String reason = ": threw UnsupportedOperationException: exercise relu: not written yet";
        assertThat(notebook).isEqualTo("✘ relu(-1.0)" + reason);
        assertThat(grader).isEqualTo("✘ relu(2.5)" + reason);
    }

    @Test
    void a_hidden_check_shows_the_students_value_but_not_the_expected_one() {
        assertThat(testLine(wrongRelu, "sigmoid on hidden inputs"))
                .isEqualTo("✘ sigmoid of a negative number: got 0.25, which is not the expected value");
    }

    @Test
    void feedback_files_hold_no_hidden_expected_value_and_no_test_code() throws IOException {
        String html = plainAssertions.feedback("wrong") + plainAssertions.results("wrong");
        assertThat(html).contains("✘ sigmoid of zero: wrong result (the hidden test&#39;s details are not shown)")
                .doesNotContain("expected: <").doesNotContain("should be").doesNotContain("assertEquals")
                .doesNotContain("evalDouble").doesNotContain("sigmoid(-3.0)").doesNotContain("0.04742587317756678")
                .doesNotContain("-7.25").doesNotContain("5.0 / 3.0");
    }
}
