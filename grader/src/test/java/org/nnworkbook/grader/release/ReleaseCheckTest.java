// release --check: a hidden test that fails the instructor's notebook, or passes a blank one, is named before release.
package org.nnworkbook.grader.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nnworkbook.grader.SampleWorkbook.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nnworkbook.grader.SampleWorkbook;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ReleaseCheckTest {
    @TempDir
    Path dir;
    SampleWorkbook workbook;

    @BeforeEach
    void sample() throws IOException {
        workbook = SampleWorkbook.create(dir.resolve("workbook"));
    }

    /** Edits one of the sample's hidden tests in this test's copy of the workbook. */
    private void editHiddenTest(String file, String from, String to) throws IOException {
        Path test = workbook.testsDir.resolve(file);
        String source = Files.readString(test);
        assertThat(source).contains(from);
        Files.writeString(test, source.replace(from, to));
    }

    @Test
    void the_real_sample_passes_and_with_out_is_released() {
        Path out = dir.resolve("out");
        SampleWorkbook.CliRun run = cli("release", "--check", workbook.instructor.toString(), "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("release --check sample-activations: instructor version 10/10, blank student version 0/10")
                .contains(": ok").contains("released sample-activations.ipynb");
        assertThat(out.resolve("sample-activations.ipynb")).exists();
    }

    @Test
    void a_wrong_expected_value_fails_the_check_naming_the_test_and_its_line_and_nothing_is_written() throws IOException {
        editHiddenTest("ReluTest.java", "s.checkClose(\"relu(2.5)\", 2.5);", "s.checkClose(\"relu(2.5)\", 3.0);");
        Path out = dir.resolve("out");

        SampleWorkbook.CliRun run = cli("release", "--check", workbook.instructor.toString(), "--out", out.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("test 'relu keeps positive numbers' of grade cell check_relu (Exercise 2: ReLU)"
                        + " fails on the instructor version")
                .contains("✘ relu(2.5): got 2.5, expected 3.0")
                .contains("instructor version 9/10, blank student version 0/10")
                .doesNotContain("relu on hidden inputs");
        assertThat(out).doesNotExist();
    }

    @Test
    void a_test_that_passes_without_an_answer_fails_the_check() throws IOException {
        editHiddenTest("DotTest.java", "s.checkClose(", "s.check(\"anything\", true, \"\"); if (false) s.checkClose(");

        SampleWorkbook.CliRun run = cli("release", "--check", workbook.instructor.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("of grade cell check_dot (Exercise 3: dot product) passes on the blank student version")
                .contains("test 'dot of the notebooks vectors'").contains("blank student version 1/10");
    }

    @Test
    void check_takes_exactly_one_notebook_and_release_without_check_needs_out() throws IOException {
        SampleWorkbook.CliRun two = cli("release", "--check", workbook.instructor.toString(), workbook.instructor.toString());
        assertThat(two.exitCode()).isEqualTo(2);
        assertThat(two.err()).contains("--check grades one assignment; name exactly one NOTEBOOK");

        SampleWorkbook.CliRun noOut = cli("release", workbook.instructor.toString());
        assertThat(noOut.exitCode()).isEqualTo(2);
        assertThat(noOut.err()).contains("--out DIR");
    }
}
