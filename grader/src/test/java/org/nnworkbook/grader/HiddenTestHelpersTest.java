// The helpers assignment authors write hidden tests with, graded for real: batches come back apart, array checks word alike.
package org.nnworkbook.grader;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.nnworkbook.grader.api.Inputs;
import org.nnworkbook.grader.assignment.Assignment;
import org.nnworkbook.grader.grading.SubmissionGrader;
import org.nnworkbook.grader.release.StudentVersion;
import org.nnworkbook.grader.result.SubmissionResult;
import org.nnworkbook.grader.result.TestResult;
import org.nnworkbook.grader.sandbox.Limits;
import org.nnworkbook.grader.sandbox.Sandbox;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class HiddenTestHelpersTest {
    /** The inputs the hidden test below draws: the same seed gives the same ones here. */
    static final double[] POINTS = Inputs.uniform(new Random(1), 30, 5);

    SubmissionResult right;
    SubmissionResult identity;
    SubmissionResult throwing;

    @BeforeAll
    void grade(@TempDir Path dir) throws Exception {
        SampleWorkbook workbook = SampleWorkbook.create(dir.resolve("workbook"));
        // The sample's relu tests, written with the helpers (2 points, as the grade cell).
        Files.writeString(workbook.testsDir.resolve("ReluTest.java"), """
                import java.util.Arrays;
                import java.util.List;
                import java.util.Random;
                import org.junit.jupiter.api.Test;
                import org.nnworkbook.grader.api.*;
                @GradeId("check_relu")
                class ReluTest {
                    @Test @Points(1) void relu_at_random_points_in_one_evaluation(Session s) {
                        double[] zs = Inputs.uniform(new Random(1), 30, 5);
                        List<double[]> got = s.evalDoubleArrays("your relu", List.of(
                                "java.util.Arrays.stream(" + Literals.of(zs) + ").map(z -> relu(z)).toArray()",
                                Literals.call("new double[] {relu", 1.0) + "}", "new double[0]"));
                        s.check("the three parts come back apart", got.size() == 3 && got.get(1).length == 1 && got.get(2).length == 0,
                                "parts of " + got.stream().map(p -> p.length).toList() + " values");
                        s.checkValuesHidden("relu at 30 random points", got.get(0), Arrays.stream(zs).map(z -> Math.max(0, z)).toArray());
                    }
                    @Test @Points(0.5) void relu_at_three_points_shown(Session s) {
                        s.checkValues("relu at -1, 0 and 2.5", s.evalDoubleArray("new double[] {relu(-1), relu(0), relu(2.5)}"),
                                new double[] {0, 0, 2.5});
                    }
                    @Test @Points(0.25) void a_length_mismatch_says_both_lengths(Session s) {
                        s.checkValuesHidden("two values", s.evalDoubleArray("new double[] {relu(1)}"), new double[] {1, 2});
                    }
                    @Test @Points(0.25) void a_null_part_is_named(Session s) {
                        s.evalDoubleArrays("your relu", List.of("relu(1) > 0 ? null : new double[0]"));
                    }
                }
                """);
        Path subs = Files.createDirectories(dir.resolve("submissions"));
        SampleWorkbook.write(SampleWorkbook.withSource(workbook.instructorJson(), "relu", "double relu(double x) { return x; }"),
                subs.resolve("identity.ipynb"));
        SampleWorkbook.write(SampleWorkbook.withSource(workbook.instructorJson(), "relu",
                "double relu(double x) { if (x < -4) throw new IllegalStateException(\"too negative\"); return Math.max(0, x); }"),
                subs.resolve("throwing.ipynb"));
        try (Assignment assignment = Assignment.load(workbook.instructor, null);
             Sandbox sandbox = Sandbox.create(null, Limits.defaults(), WorkbookHome.locate().studentClasspath(), List.of())) {
            SubmissionGrader grader = new SubmissionGrader(assignment, StudentVersion.of(assignment), sandbox);
            right = grader.grade("right", workbook.instructor);
            identity = grader.grade("identity", subs.resolve("identity.ipynb"));
            throwing = grader.grade("throwing", subs.resolve("throwing.ipynb"));
        }
    }

    private static TestResult test(SubmissionResult result, String name) {
        return result.tests().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void a_batch_comes_back_as_its_parts_and_a_right_answer_passes_every_check() {
        assertThat(test(right, "relu at random points in one evaluation").lines())
                .containsExactly("✔ the three parts come back apart", "✔ relu at 30 random points");
        assertThat(test(right, "relu at three points shown").lines())
                .containsExactly("✔ relu at -1, 0 and 2.5 matches (max difference 0.0)");
        assertThat(test(right, "relu at random points in one evaluation").passed()).isTrue();
    }

    @Test
    void a_hidden_array_check_names_the_first_wrong_entry_and_shows_only_the_students_values() {
        int first = IntStream.range(0, POINTS.length).filter(i -> POINTS[i] < 0).findFirst().orElseThrow();
        TestResult t = test(identity, "relu at random points in one evaluation");
        assertThat(t.passed()).isFalse();
        assertThat(t.lines()).last().asString()
                .startsWith("✘ relu at 30 random points: entry " + first + " is " + POINTS[first] + ", which is not the expected value; got [")
                .doesNotContain("0.0,");   // relu's value there, never shown
    }

    @Test
    void a_visible_array_check_reads_as_the_notebooks_self_check() {
        assertThat(test(identity, "relu at three points shown").lines()).containsExactly(
                "✘ relu at -1, 0 and 2.5: entry 0 is -1.0, expected 0.0; got [-1.0, 0.0, 2.5], expected [0.0, 0.0, 2.5]");
    }

    @Test
    void a_wrong_length_says_both_lengths_and_a_null_names_the_expression() {
        assertThat(test(right, "a length mismatch says both lengths").lines()).containsExactly("✘ two values: got 1 values, expected 2");
        assertThat(test(right, "a null part is named").lines())
                .containsExactly("✘ your relu: got null from relu(1) > 0 ? null : new double[0], where an array was expected");
    }

    @Test
    void code_that_throws_inside_a_batch_is_reported_under_the_name_the_test_gave_not_the_long_expression() {
        assertThat(test(throwing, "relu at random points in one evaluation").lines()).singleElement().asString()
                .startsWith("✘ your relu: threw IllegalStateException: too negative").doesNotContain("flatMapToDouble");
    }
}
