// What students read: the same ✔/✘ lines as the notebook's visible checks, never a hidden value or test code.
package org.nnworkbook.grader;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nnworkbook.grader.assignment.Assignment;
import org.nnworkbook.grader.grading.SubmissionGrader;
import org.nnworkbook.grader.release.StudentVersion;
import org.nnworkbook.grader.report.FeedbackHtml;
import org.nnworkbook.grader.result.CellReport;
import org.nnworkbook.grader.result.SubmissionResult;
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
             Sandbox sandbox = Sandbox.create(null, Limits.defaults(), WorkbookHome.locate().studentClasspath(), List.of())) {
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

    /** The ✔/✘ lines the notebook's SelfCheck printed in a check cell, run in the student's VM. */
    private static List<String> notebookLines(SubmissionResult result, String gradeId) {
        String output = result.cells().stream().filter(c -> c.label().equals("'" + gradeId + "'"))
                .map(CellReport::output).findFirst().orElseThrow();
        return output.lines().map(String::strip).filter(l -> l.startsWith("✔") || l.startsWith("✘")).toList();
    }

    private static List<String> testLines(SubmissionResult result, String testName) {
        return result.tests().stream().filter(t -> t.name().equals(testName)).findFirst().orElseThrow().lines();
    }

    private static String testLine(SubmissionResult result, String testName) {
        return testLines(result, testName).stream().filter(l -> l.startsWith("✘")).findFirst().orElseThrow();
    }

    /** The feedback page as a student reads it (entities decoded). */
    private static String feedback(SubmissionResult result) {
        return FeedbackHtml.of("sample-activations", result).replace("&#39;", "'").replace("&quot;", "\"")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }

    @Test
    void a_failed_visible_check_reads_the_same_in_the_notebook_and_in_the_feedback() {
        String grader = testLine(wrongRelu, "relu keeps positive numbers");
        assertThat(grader).isEqualTo("✘ relu(2.5): got 0.0, expected 2.5 (off by 2.5)");
        assertThat(notebookLines(wrongRelu, "check_relu")).containsExactly("✔ relu(-1.0) = 0.0", grader);
        assertThat(feedback(wrongRelu)).contains(grader);
    }

    @Test
    void an_unanswered_exercise_reads_the_same_in_the_notebook_and_in_the_feedback() {
        String grader = testLine(blank, "relu keeps positive numbers");
        String reason = ": threw UnsupportedOperationException: exercise relu: not written yet";
        assertThat(grader).isEqualTo("✘ relu(2.5)" + reason);
        assertThat(notebookLines(blank, "check_relu")).containsExactly("✘ relu(-1.0)" + reason, grader);
        assertThat(feedback(blank)).contains(grader);
    }

    /** Every visible hidden test checks an input its notebook cell checks too; their lines must be the same text. */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            "check_sigmoid | sigmoid of zero is one half",
            "check_relu    | relu keeps positive numbers",
            "check_dot     | dot of the notebooks vectors",
            "check_mse     | mse of equal arrays is zero"})
    void every_visible_check_of_the_grader_is_a_line_the_notebook_printed(String gradeId, String test) {
        for (SubmissionResult result : List.of(wrongRelu, blank)) {
            List<String> grader = testLines(result, test);
            assertThat(grader).as(result.name()).isNotEmpty();
            assertThat(notebookLines(result, gradeId)).as(result.name()).containsAll(grader);
            assertThat(feedback(result)).as(result.name()).contains(grader);
        }
    }

    @Test
    void a_failing_check_cell_is_reported_without_pointing_at_output_the_feedback_does_not_show() {
        assertThat(feedback(blank)).contains("cell 'check_relu': its checks failed: Exercise 2: relu: 2 of 2 checks failed")
                .doesNotContain("the lines above");
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
