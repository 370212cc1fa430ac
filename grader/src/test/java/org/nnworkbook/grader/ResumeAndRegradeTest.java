// Grade runs into a folder that holds an earlier run: a killed run resumes, --only, changed files and tests, late files.
package org.nnworkbook.grader;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.nnworkbook.grader.grading.RunFolder;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ResumeAndRegradeTest {
    static final List<String> CLASS = List.of("ada", "bob", "cy", "dee", "eve", "fay");

    Path dir;
    SampleWorkbook workbook;
    Path subs;
    SampleWorkbook.GradeRun uninterrupted;

    @BeforeAll
    void an_uninterrupted_run_of_a_class_of_six(@TempDir Path tempDir) throws IOException {
        dir = tempDir;
        workbook = SampleWorkbook.create(dir.resolve("workbook"));
        subs = GraderRuns.aClassOfSix(workbook, dir.resolve("submissions"));
        uninterrupted = workbook.grade(subs, dir.resolve("uninterrupted"));
        assertThat(uninterrupted.cli().exitCode()).as(uninterrupted.cli().err()).isZero();
        assertThat(GraderRuns.graded(uninterrupted.cli().err())).hasSize(6);
    }

    /** A copy of the uninterrupted run's folder, to change. */
    Path copyOfTheRun(String name) throws IOException {
        Path copy = dir.resolve(name);
        GraderRuns.copyTree(uninterrupted.out(), copy);
        return copy;
    }

    @Test
    void a_run_killed_midway_resumes_grading_only_what_was_missing_and_ends_as_an_uninterrupted_run()
            throws IOException, InterruptedException {
        Path out = dir.resolve("killed");
        Path log = dir.resolve("killed-run");
        Process grader = GraderRuns.start(GraderRuns.gradeArgs(workbook, subs, out, "--jobs", "1"), log);
        Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
        while (GraderRuns.recorded(out).size() < 2 && grader.isAlive() && Instant.now().isBefore(deadline)) {
            Thread.sleep(50);
        }
        assertThat(grader.isAlive()).as("still grading after 2 results: " + GraderRuns.err(log)).isTrue();
        GraderRuns.kill(grader);
        List<String> recorded = GraderRuns.recorded(out);
        assertThat(recorded).hasSizeBetween(2, 5);
        assertThat(GraderRuns.graded(GraderRuns.err(log))).containsAll(recorded.subList(0, recorded.size() - 1));
        assertThat(out.resolve("grades.csv")).doesNotExist();

        SampleWorkbook.GradeRun resumed = workbook.grade(subs, out, "--jobs", "1");

        assertThat(resumed.cli().exitCode()).as(resumed.cli().err()).isZero();
        List<String> missing = CLASS.stream().filter(name -> !recorded.contains(name)).toList();
        assertThat(GraderRuns.graded(resumed.cli().err())).containsExactlyElementsOf(missing);
        assertThat(resumed.cli().out()).contains("kept " + recorded.size() + " result(s) graded earlier");
        GraderRuns.assertSameOutputs(out, uninterrupted.out());
    }

    @Test
    void a_result_whose_files_were_not_all_written_is_graded_again() throws IOException {
        Path out = copyOfTheRun("half-written");
        Path results = out.resolve("results/cy.json");
        Files.writeString(results, Files.readString(results).substring(0, 40)); // as if killed while writing
        Files.delete(out.resolve(RunFolder.RECORDS).resolve("dee.json"));   // killed before its record

        SampleWorkbook.GradeRun resumed = workbook.grade(subs, out);

        assertThat(GraderRuns.graded(resumed.cli().err())).containsExactlyInAnyOrder("cy", "dee");
        GraderRuns.assertSameOutputs(out, uninterrupted.out());
    }

    @Test
    void only_regrades_the_named_submission_and_updates_its_row() throws IOException {
        Path out = copyOfTheRun("only");

        SampleWorkbook.GradeRun run = workbook.grade(subs, out, "--only", "cy");

        assertThat(GraderRuns.graded(run.cli().err())).containsExactly("cy");
        assertThat(run.rows().keySet()).containsExactlyElementsOf(CLASS);
        assertThat(run.row("cy").points()).isEqualTo(9); // same file: same grade
        assertThat(run.csv()).isEqualTo(uninterrupted.csv());

        Path corrected = dir.resolve("only-corrected");
        GraderRuns.copyTree(subs, corrected);
        Files.copy(workbook.instructor, corrected.resolve("cy.ipynb"), StandardCopyOption.REPLACE_EXISTING); // cy hands in a fix
        SampleWorkbook.GradeRun regraded = workbook.grade(corrected, out, "--only", "cy");

        assertThat(GraderRuns.graded(regraded.cli().err())).containsExactly("cy");
        assertThat(regraded.row("cy").points()).isEqualTo(10);
        List<String> before = uninterrupted.csv().lines().filter(l -> !l.startsWith("cy,")).toList();
        assertThat(regraded.csv().lines().filter(l -> !l.startsWith("cy,")).toList()).isEqualTo(before);
    }

    @Test
    void only_with_a_name_not_in_the_batch_says_which_names_there_are() throws IOException {
        SampleWorkbook.GradeRun run = workbook.grade(subs, copyOfTheRun("only-unknown"), "--only", "zoe");
        assertThat(run.cli().exitCode()).isEqualTo(2);
        assertThat(run.cli().err()).contains("--only: no submission named zoe in this batch; its names are ada, bob, cy, dee, eve, fay");
    }

    @Test
    void a_changed_submission_is_graded_again_and_nothing_else() throws IOException {
        Path out = copyOfTheRun("changed");
        Path changed = dir.resolve("changed-submissions");
        GraderRuns.copyTree(subs, changed);
        Files.copy(workbook.studentVersion, changed.resolve("ada.ipynb"), StandardCopyOption.REPLACE_EXISTING);

        SampleWorkbook.GradeRun run = workbook.grade(changed, out);

        assertThat(GraderRuns.graded(run.cli().err())).containsExactly("ada");
        assertThat(run.row("ada").points()).isZero();
        assertThat(run.cli().out()).contains("kept 5 result(s)");
    }

    @Test
    void a_changed_hidden_test_grades_everyone_again() throws IOException {
        SampleWorkbook own = SampleWorkbook.create(dir.resolve("workbook-edited"));
        Path out = dir.resolve("test-changed");
        SampleWorkbook.GradeRun first = own.grade(subs, out);
        Path test = own.testsDir.resolve("ReluTest.java");
        Files.writeString(test, Files.readString(test) + "\n// a comment is enough: the test's source changed\n");

        SampleWorkbook.GradeRun second = own.grade(subs, out);

        assertThat(GraderRuns.graded(first.cli().err())).hasSize(6);
        assertThat(GraderRuns.graded(second.cli().err())).containsExactlyInAnyOrderElementsOf(CLASS);
        assertThat(second.cli().out()).doesNotContain("kept");
    }

    @Test
    void two_late_files_graded_into_the_class_folder_add_their_rows_to_the_class() throws IOException {
        Path out = copyOfTheRun("late");
        Path late = dir.resolve("late-submissions");
        Files.createDirectories(late);
        Files.copy(workbook.instructor, late.resolve("gus.ipynb"));
        Files.copy(workbook.studentVersion, late.resolve("hal.ipynb"));

        SampleWorkbook.GradeRun run = workbook.grade(late, out);

        assertThat(GraderRuns.graded(run.cli().err())).containsExactly("gus", "hal");
        assertThat(run.cli().out()).contains("6 result(s) in " + out
                + " belong to submissions not in this batch: ada, bob, cy, dee, eve, fay; kept, with their rows in grades.csv");
        assertThat(run.rows().keySet()).containsExactly("ada", "bob", "cy", "dee", "eve", "fay", "gus", "hal");
        assertThat(run.row("gus").points()).isEqualTo(10);

        SampleWorkbook.GradeRun removed = workbook.grade(late, out, "--others", "remove");

        assertThat(GraderRuns.graded(removed.cli().err())).isEmpty();
        assertThat(removed.cli().out()).contains("; removed (--others remove)");
        assertThat(removed.rows().keySet()).containsExactly("gus", "hal");
        assertThat(GraderRuns.list(out.resolve("results"))).containsExactly("gus.json", "hal.json");
        assertThat(GraderRuns.list(out.resolve("feedback"))).containsExactly("gus.html", "hal.html");
    }

    @Test
    void fresh_grades_everyone_again() throws IOException {
        SampleWorkbook.GradeRun run = workbook.grade(subs, copyOfTheRun("fresh"), "--fresh");
        assertThat(GraderRuns.graded(run.cli().err())).containsExactlyInAnyOrderElementsOf(CLASS);
        assertThat(run.csv()).isEqualTo(uninterrupted.csv());
    }

    @Test
    void a_roster_adds_ids_and_emails_and_lists_who_is_missing_from_either_side() throws IOException {
        Path roster = dir.resolve("roster.csv");
        Files.writeString(roster, "\uFEFFEmail, Submission ,student_id,section\n"
                + "ada@uni.example,ada,s001,A\nbob@uni.example,bob,s002,A\n,cy,s003,B\n"
                + "dee@uni.example,dee,\"s,004\",B\neve@uni.example,eve,s005,B\nzed@uni.example,zed,s099,A\n");

        SampleWorkbook.GradeRun run = workbook.grade(subs, copyOfTheRun("roster"), "--roster", roster.toString());

        assertThat(GraderRuns.graded(run.cli().err())).isEmpty();
        assertThat(run.cli().out()).contains("1 submission(s) not in the roster roster.csv (their student_id and email are empty): fay")
                .contains("1 student(s) in the roster without a submission: zed (rows with status missing)");
        List<String> lines = run.csv().lines().toList();
        assertThat(lines.get(0)).isEqualTo("submission,points,max_points,status,message,student_id,email");
        List<String> graded = uninterrupted.csv().lines().skip(1).toList(); // ada, bob, cy, dee, eve, fay
        assertThat(lines.subList(1, lines.size())).containsExactly(graded.get(0) + ",s001,ada@uni.example",
                graded.get(1) + ",s002,bob@uni.example", graded.get(2) + ",s003,", graded.get(3) + ",\"s,004\",dee@uni.example",
                graded.get(4) + ",s005,eve@uni.example", graded.get(5) + ",,", "zed,0,10,missing,no submission,s099,zed@uni.example");

        SampleWorkbook.GradeRun without = workbook.grade(subs, dir.resolve("roster"));
        assertThat(without.csv()).isEqualTo(uninterrupted.csv());
    }

    @Test
    void a_submission_that_only_left_ungraded_is_not_reported_missing() throws IOException {
        Path roster = Files.writeString(dir.resolve("small-roster.csv"),
                "submission,student_id,email\nada,s001,a@x\nbob,s002,b@x\nzed,s099,z@x\n");

        SampleWorkbook.GradeRun run = workbook.grade(subs, dir.resolve("only-roster"), "--only", "ada",
                "--roster", roster.toString());

        assertThat(GraderRuns.graded(run.cli().err())).containsExactly("ada");
        assertThat(run.cli().out())
                .contains("not graded yet, so not in grades.csv (run without --only to grade them): bob, cy, dee, eve, fay")
                .contains("1 student(s) in the roster without a submission: zed");
        assertThat(run.csv().lines().skip(1).map(line -> line.split(",")[0]).toList()).containsExactly("ada", "zed");
    }

    @Test
    void a_roster_without_a_submission_column_is_refused_with_the_accepted_header() throws IOException {
        Path roster = dir.resolve("bad-roster.csv");
        Files.writeString(roster, "name,email\nada,ada@uni.example\n");
        SampleWorkbook.GradeRun run = workbook.grade(subs, dir.resolve("bad-roster"), "--roster", roster.toString());
        assertThat(run.cli().exitCode()).isEqualTo(2);
        assertThat(run.cli().err()).contains("the header must name a 'submission' column (accepted: submission,student_id,email);"
                + " it has: name,email");
    }
}
