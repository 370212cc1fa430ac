// A class of 30 with a known mix, graded for real: the report's counts, groups and charts match the mix.
package org.nnworkbook.grader.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.nnworkbook.grader.SampleWorkbook;
import org.nnworkbook.grader.report.ClassSummary.IdenticalAnswers;
import org.nnworkbook.grader.report.ClassSummary.Rate;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ClassReportTest {
    static final int COMPLETE = 21;
    static final int BLANK = 4;
    /** wrong-relu, copy-a, copy-b, looping, invalid */
    static final int OTHERS = 5;
    static final String SIGMOID = "Exercise 1: sigmoid";
    static final String RELU = "Exercise 2: ReLU";
    static final String WRONG_SIGMOID = "double sigmoid(double x) {\n    return 1.0 / (1.0 + Math.exp(x));\n}";

    SampleWorkbook.GradeRun run;
    ClassSummary summary;
    String html;

    @BeforeAll
    void grade_a_class_of_thirty(@TempDir Path dir) throws IOException {
        SampleWorkbook workbook = SampleWorkbook.create(dir.resolve("workbook"));
        Path subs = Files.createDirectories(dir.resolve("submissions"));
        for (int i = 1; i <= COMPLETE; i++) {
            Files.copy(workbook.instructor, subs.resolve(String.format("complete-%02d.ipynb", i)));
        }
        for (int i = 1; i <= BLANK; i++) {
            Files.copy(workbook.studentVersion, subs.resolve("blank-" + i + ".ipynb"));
        }
        SampleWorkbook.write(SampleWorkbook.withSource(workbook.instructorJson(), "relu",
                "double relu(double x) { return x; }"), subs.resolve("wrong-relu.ipynb"));
        // The same wrong answer, re-indented and commented differently: the normalised answers are equal.
        SampleWorkbook.write(SampleWorkbook.withSource(workbook.instructorJson(), "sigmoid", WRONG_SIGMOID),
                subs.resolve("copy-a.ipynb"));
        SampleWorkbook.write(SampleWorkbook.withSource(workbook.instructorJson(), "sigmoid",
                "// my own work\ndouble sigmoid(double x) { return 1.0/(1.0 + /* e^x */ Math.exp(x)); }"),
                subs.resolve("copy-b.ipynb"));
        SampleWorkbook.write(SampleWorkbook.withSource(workbook.instructorJson(), "relu",
                "double relu(double x) { while (true) { } }"), subs.resolve("looping.ipynb"));
        Files.writeString(subs.resolve("invalid.ipynb"), "{ not a notebook");

        run = workbook.grade(subs, dir.resolve("out"), "--jobs", "2", "--cell-timeout", "3s", "--test-timeout", "3s");
        assertThat(run.cli().exitCode()).as(run.cli().err()).isZero();
        summary = ClassReport.read(run.out());
        html = Files.readString(run.out().resolve(ClassReport.FILE));
    }

    @Test
    void every_run_writes_the_report_and_says_where() {
        assertThat(run.cli().out()).contains("class report: " + run.out().resolve(ClassReport.FILE));
        assertThat(summary.assignments()).containsExactly("sample-activations");
        assertThat(summary.submissions()).isEqualTo(COMPLETE + BLANK + OTHERS).isEqualTo(run.rows().size());
        assertThat(summary.withoutData()).isEmpty();
    }

    @Test
    void statuses_name_the_students_concerned() {
        assertThat(summary.withStatus("timeout")).containsExactly("looping");
        assertThat(summary.withStatus("invalid")).containsExactly("invalid");
        assertThat(summary.statuses()).containsOnlyKeys("timeout", "invalid");
        assertThat(html).contains("<b>looping</b>: ").contains("<b>invalid</b>: ");
    }

    @Test
    void the_scores_are_the_graded_points_and_the_histogram_counts_them() {
        assertThat(summary.scores()).hasSize(30);
        assertThat(summary.scores().stream().filter(s -> s == 10.0)).hasSize(COMPLETE);
        assertThat(summary.scores().stream().filter(s -> s == 0.0)).hasSize(BLANK + 1); // the invalid one scores 0
        assertThat(html).contains("Histogram of scores: 0 points: " + (BLANK + 1) + ",").contains("10 points: " + COMPLETE);
    }

    @Test
    void pass_rates_count_graded_submissions_per_exercise_and_per_test() {
        int graded = COMPLETE + BLANK + OTHERS - 1;
        // sigmoid: wrong in copy-a and copy-b and blank; relu: wrong in wrong-relu, looping and blank
        assertThat(rate(summary.exercises(), SIGMOID)).isEqualTo(new Rate(SIGMOID, SIGMOID, graded - BLANK - 2, graded));
        assertThat(rate(summary.exercises(), RELU)).isEqualTo(new Rate(RELU, RELU, graded - BLANK - 2, graded));
        // relu(2.5) = 2.5 is right for "return x", so only the loop and the blanks fail the visible test
        Rate keepsPositive = rate(summary.tests(), RELU + ": relu keeps positive numbers");
        assertThat(keepsPositive.passed()).isEqualTo(graded - BLANK - 1);
        assertThat(summary.tests()).hasSize(8).allSatisfy(r -> assertThat(r.graded()).isEqualTo(graded));
    }

    @Test
    void the_most_frequent_failing_checks_are_counted_per_submission() {
        // a blank fails every test with the stub's exception: those lines lead, each seen by every blank
        var first = summary.failingChecks().get(0);
        assertThat(first.submissions()).isEqualTo(BLANK);
        assertThat(first.line()).contains("not written yet");
        assertThat(summary.failingChecks()).isSortedAccordingTo(
                java.util.Comparator.comparingInt(ClassSummary.FailingCheck::submissions).reversed());
        assertThat(summary.failingChecks()).anySatisfy(c -> {
            assertThat(c.line()).startsWith("✘ relu of a negative number: got -7.25");
            assertThat(c.submissions()).isEqualTo(1);
        });
        // the copied sigmoid is right at 0 (1 / (1 + e^0)) and wrong elsewhere: one line, seen twice
        assertThat(summary.failingChecks()).anySatisfy(c -> {
            assertThat(c.line()).startsWith("✘ sigmoid of a negative number: got 0.952574");
            assertThat(c.submissions()).isEqualTo(2);
        });
        assertThat(html).contains("Most frequent failing checks").contains("✘ relu of a negative number: got -7.25");
    }

    @Test
    void identical_answers_are_grouped_per_exercise_without_blanks() {
        List<IdenticalAnswers> sigmoid = summary.identical().stream().filter(g -> g.exercise().equals(SIGMOID)).toList();
        assertThat(sigmoid).hasSize(2);
        assertThat(sigmoid.get(0)).isEqualTo(new IdenticalAnswers(SIGMOID, false, List.of("copy-a", "copy-b")));
        assertThat(sigmoid.get(1).sameAsSolution()).isTrue();
        assertThat(sigmoid.get(1).names()).hasSize(COMPLETE + 2).contains("wrong-relu", "looping").doesNotContain("blank-1");
        assertThat(summary.identical().stream().filter(g -> !g.sameAsSolution())).hasSize(1);
        assertThat(html).contains("copy-a, copy-b</td>");
    }

    @Test
    void the_slowest_submissions_are_listed_slowest_first() {
        assertThat(summary.slowest()).hasSize(ClassSummary.SLOWEST_SHOWN);
        assertThat(summary.slowest()).isSortedAccordingTo(
                java.util.Comparator.comparingDouble(ClassSummary.Timing::seconds).reversed());
        // the loop waited out a 3 s cell limit and two 3 s test limits: it is among the slowest on any machine
        // (not necessarily first: on a busy machine an honest notebook can take as long)
        assertThat(summary.slowest()).anySatisfy(t -> {
            assertThat(t.name()).isEqualTo("looping");
            assertThat(t.seconds()).isGreaterThanOrEqualTo(9.0);
        });
    }

    @Test
    void the_charts_are_real_png_images_of_the_stated_sizes() throws IOException {
        List<BufferedImage> images = new ArrayList<>();
        Matcher m = Pattern.compile("src=\"data:image/png;base64,([A-Za-z0-9+/=]+)\"").matcher(html);
        while (m.find()) {
            images.add(ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(m.group(1)))));
        }
        assertThat(images).hasSize(3).doesNotContainNull();
        assertThat(IntStream.range(0, 3).mapToObj(i -> images.get(i).getWidth() + "x" + images.get(i).getHeight()))
                .containsExactly(ClassCharts.WIDTH + "x" + ClassCharts.HEIGHT, ClassCharts.WIDTH + "x" + ClassCharts.EXERCISES_HEIGHT,
                        ClassCharts.WIDTH + "x" + ClassCharts.TESTS_HEIGHT);
        BufferedImage histogram = images.get(0);
        assertThat(distinctColours(histogram)).as("a chart, not a blank image").isGreaterThan(10);
    }

    @Test
    void results_of_an_older_grader_or_damaged_files_are_listed_and_an_empty_class_still_gets_a_page(@TempDir Path dir)
            throws IOException {
        Path results = Files.createDirectories(dir.resolve("results"));
        Files.writeString(results.resolve("old.json"), "{\"score\": 3.0, \"tests\": []}");
        Files.writeString(results.resolve("cut.json"), "{\"score\": 3.0, \"extra");

        Path report = ClassReport.write(dir);

        ClassSummary empty = ClassReport.read(dir);
        assertThat(empty.submissions()).isZero();
        assertThat(empty.withoutData()).containsExactly("cut.json", "old.json");
        assertThat(Files.readString(report)).contains("Results not included").contains("cut.json, old.json")
                .contains("0 submissions");
    }

    private static long distinctColours(BufferedImage image) {
        return IntStream.range(0, image.getWidth() * image.getHeight())
                .map(i -> image.getRGB(i % image.getWidth(), i / image.getWidth())).distinct().count();
    }

    private static Rate rate(List<Rate> rates, String label) {
        return rates.stream().filter(r -> r.label().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no rate for " + label + " in " + rates));
    }
}
