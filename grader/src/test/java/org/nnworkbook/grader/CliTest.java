// The command line's contract with ./workbook: exit codes, and usage mistakes answered with what to do.
package org.nnworkbook.grader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nnworkbook.grader.SampleWorkbook.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class CliTest {
    @TempDir
    Path dir;

    @Test
    void grade_without_out_is_a_usage_error() {
        SampleWorkbook.CliRun run = cli("grade", "--assignment", "x.ipynb", "--submissions", "subs");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Missing required option: '--out=DIR'");
    }

    @Test
    void a_malformed_shard_says_what_it_should_look_like() throws IOException {
        SampleWorkbook workbook = SampleWorkbook.create(dir);
        SampleWorkbook.CliRun run = cli("grade", "--assignment", workbook.instructor.toString(), "--submissions",
                workbook.studentVersion.toString(), "--out", dir.resolve("out").toString(), "--shard", "3/2");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--shard must look like i/n with 1 <= i <= n, e.g. 2/4; got '3/2'");
    }

    @Test
    void a_malformed_timeout_says_how_to_write_one() {
        SampleWorkbook.CliRun run = cli("grade", "--assignment", "a", "--submissions", "s", "--out", "o", "--cell-timeout", "soon");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("'soon' is not a duration; write e.g. 30s, 500ms or 2m");
    }

    @Test
    void the_overall_limit_per_submission_is_an_option_with_its_default_in_the_help() {
        SampleWorkbook.CliRun run = cli("grade", "--help");
        assertThat(run.out()).contains("--submission-timeout=TIME").contains("(default: 10m)");
    }

    @Test
    void an_output_folder_inside_the_submissions_is_refused() throws IOException {
        SampleWorkbook workbook = SampleWorkbook.create(dir);
        Path subs = Files.createDirectories(dir.resolve("subs"));
        SampleWorkbook.CliRun run = cli("grade", "--assignment", workbook.instructor.toString(), "--submissions",
                subs.toString(), "--out", subs.resolve("results").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("is inside the submissions folder");
    }

    @Test
    void grading_against_a_broken_assignment_grades_nothing() throws IOException {
        SampleWorkbook workbook = SampleWorkbook.create(dir);
        Files.delete(workbook.testsDir.resolve("MseTest.java"));
        SampleWorkbook.GradeRun run = workbook.grade(workbook.studentVersion, dir.resolve("out"));
        assertThat(run.cli().exitCode()).isEqualTo(2);
        assertThat(run.cli().err()).contains("grade cell 'check_mse' has no hidden test").contains("nothing was graded");
        assertThat(dir.resolve("out/grades.csv")).doesNotExist();
    }

    @Test
    void bench_prints_one_json_line_with_submissions_per_minute() throws IOException {
        SampleWorkbook.CliRun run = cli("bench", "--submissions", "2", "--jobs", "2");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode line = new ObjectMapper().readTree(run.out().strip());
        assertThat(line.path("bench").asText()).isEqualTo("grader");
        assertThat(line.path("submissions").asInt()).isEqualTo(2);
        assertThat(line.path("submissions_per_minute").asDouble()).isPositive();
    }
}
