// For every assignment (the bundled sample and each workbook notebook with nbgrader cells): solution = full marks, blank = 0.
package org.nnworkbook.grader;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class EveryAssignmentTest {
    private static final String SAMPLE = "the bundled sample";

    static Stream<String> assignments() throws IOException {
        List<String> all = new ArrayList<>(List.of(SAMPLE));
        Path notebooks = WorkbookHome.locate().notebooks();
        if (Files.isDirectory(notebooks)) {
            try (Stream<Path> files = Files.list(notebooks)) {
                files.filter(p -> p.toString().endsWith(".ipynb")).sorted()
                        .filter(org.nnworkbook.grader.assignment.Assignment::isAssignment)
                        .forEach(p -> all.add(p.toString()));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("assignments")
    void the_instructor_notebook_scores_full_marks_and_its_blank_student_version_scores_zero(String which, @TempDir Path dir)
            throws IOException {
        Path instructor = which.equals(SAMPLE) ? SampleWorkbook.create(dir.resolve("workbook")).instructor : Path.of(which);
        Path released = dir.resolve("released");
        assertThat(SampleWorkbook.cli("release", instructor.toString(), "--out", released.toString()).exitCode()).isZero();
        Path submissions = Files.createDirectories(dir.resolve("submissions"));
        Files.copy(instructor, submissions.resolve("solution.ipynb"));
        Files.copy(released.resolve(instructor.getFileName()), submissions.resolve("blank.ipynb"));

        SampleWorkbook.CliRun run = SampleWorkbook.cli("grade", "--assignment", instructor.toString(),
                "--submissions", submissions.toString(), "--out", dir.resolve("out").toString(), "--jobs", "2");

        assertThat(run.exitCode()).as(run.err()).isZero();
        var rows = SampleWorkbook.parseCsv(Files.readString(dir.resolve("out/grades.csv")));
        var solution = rows.get("solution");
        var blank = rows.get("blank");
        assertThat(solution.status()).as(solution.message()).isEqualTo("ok");
        assertThat(solution.points()).isEqualTo(solution.maxPoints()).isPositive();
        assertThat(blank.status()).as(blank.message()).isEqualTo("ok");
        assertThat(blank.points()).isZero();
        assertThat(blank.message()).doesNotContain("grader failed");
        assertThat(Files.readString(dir.resolve("out/feedback/blank.html"))).doesNotContain("About your notebook");
    }
}
