// The answer sets of every assignment graded in the build, and the harness itself tried on the bundled sample.
package org.nnworkbook.grader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.nnworkbook.grader.answers.AnswerOutcome;
import org.nnworkbook.grader.answers.AnswerSetException;
import org.nnworkbook.grader.answers.AnswerSets;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class AnswerSetsTest {
    private static final int JOBS = 2;

    /**
     * One container per notebook with an answer set. The notebooks are graded two at a time, one
     * submission each, so both cores stay busy to the end instead of idling at the tail of each
     * notebook's batch; each container waits for its notebook.
     */
    @TestFactory
    Stream<DynamicNode> every_answer_scores_what_it_expects_and_costs_no_other_exercise() throws IOException {
        Path notebooks = WorkbookHome.locate().notebooks();
        if (!Files.isDirectory(notebooks)) {
            return Stream.empty();
        }
        List<Path> withAnswers;
        try (Stream<Path> files = Files.list(notebooks)) {
            withAnswers = files.filter(p -> p.toString().endsWith(".ipynb")).sorted().filter(AnswerSets::hasAnswers).toList();
        }
        ExecutorService graders = Executors.newFixedThreadPool(JOBS);
        Map<Path, Future<List<AnswerOutcome>>> graded = new LinkedHashMap<>();
        withAnswers.forEach(notebook -> graded.put(notebook, graders.submit(() -> outcomes(notebook))));
        graders.shutdown();
        return withAnswers.stream().map(notebook -> DynamicContainer.dynamicContainer(notebook.getFileName().toString(),
                Stream.of(notebook).flatMap(n -> gradedAnswers(n, graded.get(n)))));
    }

    private static List<AnswerOutcome> outcomes(Path notebook) {
        StringWriter log = new StringWriter();
        try {
            return AnswerSets.grade(notebook, 1, null, new PrintWriter(log));
        } catch (Exception e) {
            throw new AssertionError("the answer set of " + notebook.getFileName() + " cannot be graded: " + e.getMessage()
                    + "\n" + log, e);
        }
    }

    private static Stream<DynamicTest> gradedAnswers(Path notebook, Future<List<AnswerOutcome>> graded) {
        List<AnswerOutcome> outcomes;
        try {
            outcomes = graded.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof AssertionError failure ? failure
                    : new AssertionError("grading the answer set of " + notebook.getFileName() + " failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while grading " + notebook.getFileName(), e);
        }
        return outcomes.stream().map(o -> DynamicTest.dynamicTest(o.answer().label(),
                () -> assertThat(o.holds()).as(o.failure()).isTrue()));
    }

    @Test
    void the_harness_passes_answers_that_score_as_they_expect_and_reports_those_that_do_not(@TempDir Path dir)
            throws Exception {
        SampleWorkbook sample = SampleWorkbook.create(dir.resolve("workbook"));
        Path answers = AnswerSets.answersDir(sample.instructor);
        write(answers.resolve("sigmoid/correct-through-tanh.jsh"), "// expect 2: sigmoid written with tanh\n"
                + "double sigmoid(double x) {\n    return 0.5 * (1 + Math.tanh(x / 2));\n}\n");
        write(answers.resolve("relu/wrong-identity.jsh"), "// expect 1: returns x unchanged (right for x > 0 only)\n"
                + "double relu(double x) {\n    return x;\n}\n");
        write(answers.resolve("dot/wrong-claims-full-marks.jsh"), "// expect 3: a wrong sum that claims full marks\n"
                + "double dot(double[] a, double[] b) {\n    double sum = 1.0;\n    for (int i = 0; i < a.length; i++) sum += a[i] * b[i];\n"
                + "    return sum;\n}\n");

        List<AnswerOutcome> outcomes = AnswerSets.grade(sample.instructor, JOBS, null, new PrintWriter(new StringWriter()));

        assertThat(outcomes).extracting(o -> o.answer().label()).containsExactly(
                "dot/wrong-claims-full-marks.jsh", "relu/wrong-identity.jsh", "sigmoid/correct-through-tanh.jsh");
        AnswerOutcome falseClaim = outcomes.get(0);
        assertThat(falseClaim.holds()).isFalse();
        assertThat(falseClaim.failure()).contains("dot/wrong-claims-full-marks.jsh", "expected 3, got 0 of 3",
                "Exercise 3: dot product", "dot(new double[] {1, 2, 3}, new double[] {4, 5, 6}): got 33.0, expected 32.0");
        assertThat(outcomes.get(1).holds()).as(outcomes.get(1).failure()).isTrue();
        assertThat(outcomes.get(1).got()).isEqualTo(1.0);
        assertThat(outcomes.get(2).holds()).as(outcomes.get(2).failure()).isTrue();
        assertThat(outcomes.get(2).row()).isEqualTo("| Exercise 1: sigmoid | correct-through-tanh | 2 | 2 / 2 | full |");

        SampleWorkbook.CliRun release = SampleWorkbook.cli("release", sample.instructor.toString(),
                "--out", dir.resolve("released").toString());
        assertThat(release.exitCode()).as("the answers are neither hidden tests nor released: " + release.err()).isZero();
        try (Stream<Path> released = Files.walk(dir.resolve("released"))) {
            assertThat(released.map(Path::toString)).noneMatch(p -> p.contains("answers") || p.endsWith(".jsh"));
        }
    }

    @Test
    void a_malformed_answer_file_is_named_with_what_to_write_instead(@TempDir Path dir) throws Exception {
        SampleWorkbook sample = SampleWorkbook.create(dir.resolve("workbook"));
        Path answers = AnswerSets.answersDir(sample.instructor);
        write(answers.resolve("sigmoid/correct-no-header.jsh"), "double sigmoid(double x) { return 0.5; }\n");
        write(answers.resolve("no_such_cell/wrong-x.jsh"), "// expect 0: a cell the notebook does not have\n");
        write(answers.resolve("relu/typo-kind.jsh"), "// expect 0: an unknown kind\n");
        write(answers.resolve("relu/wrong-too-many-points.jsh"), "// expect 5: more than the exercise is worth\n");

        assertThatThrownBy(() -> AnswerSets.grade(sample.instructor, JOBS, null, new PrintWriter(new StringWriter())))
                .isInstanceOf(AnswerSetException.class)
                .hasMessageContaining("sigmoid/correct-no-header.jsh: the first line should read // expect <points>: <what this answer does>")
                .hasMessageContaining("no graded solution cell 'no_such_cell'; name the folder after one of [sigmoid, relu, dot, mse]")
                .hasMessageContaining("relu/typo-kind.jsh: the file name should be <kind>-<short-name>.jsh")
                .hasMessageContaining("relu/wrong-too-many-points.jsh: expects 5.0 points but the exercise is worth 2.0");
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
