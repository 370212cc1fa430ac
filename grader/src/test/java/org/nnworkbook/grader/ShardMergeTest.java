// grade merge: three shards graded as separate processes merge into what one run writes; what does not fit is refused.
package org.nnworkbook.grader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nnworkbook.grader.SampleWorkbook.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ShardMergeTest {
    Path dir;
    SampleWorkbook workbook;
    Path subs;
    SampleWorkbook.GradeRun single;
    List<Path> shards = new ArrayList<>();

    @BeforeAll
    void one_run_and_three_shards_run_as_separate_processes(@TempDir Path tempDir) throws IOException, InterruptedException {
        dir = tempDir;
        workbook = SampleWorkbook.create(dir.resolve("workbook"));
        subs = GraderRuns.aClassOfSix(workbook, dir.resolve("submissions"));
        single = workbook.grade(subs, dir.resolve("single"));
        List<Process> processes = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            Path shard = dir.resolve("shard-" + i);
            shards.add(shard);
            processes.add(GraderRuns.start(GraderRuns.gradeArgs(workbook, subs, shard, "--shard", i + "/3"),
                    dir.resolve("shard-" + i + "-run")));
        }
        for (int i = 0; i < 3; i++) {
            assertThat(processes.get(i).waitFor(10, TimeUnit.MINUTES)).isTrue();
            assertThat(processes.get(i).exitValue()).as(GraderRuns.err(dir.resolve("shard-" + (i + 1) + "-run"))).isZero();
        }
    }

    SampleWorkbook.CliRun merge(Path out, Path... folders) {
        List<String> args = new ArrayList<>(List.of("merge", "--out", out.toString()));
        for (Path folder : folders) {
            args.add(folder.toString());
        }
        return cli(args.toArray(String[]::new));
    }

    @Test
    void three_merged_shards_equal_one_run() throws IOException {
        Path merged = dir.resolve("merged");
        SampleWorkbook.CliRun run = merge(merged, shards.get(2), shards.get(0), shards.get(1));

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("merged 6 result(s) from 3 folder(s)");
        assertThat(SampleWorkbook.parseCsv(Files.readString(shards.get(0).resolve("grades.csv"))).keySet())
                .containsExactly("ada", "dee");
        assertThat(Files.readAllBytes(merged.resolve("grades.csv"))).isEqualTo(Files.readAllBytes(single.out().resolve("grades.csv")));
        GraderRuns.assertSameOutputs(merged, single.out());
    }

    @Test
    void a_merged_folder_resumes_like_one_run_and_grades_nothing_again() throws IOException {
        Path merged = dir.resolve("merged-then-resumed");
        assertThat(merge(merged, shards.toArray(Path[]::new)).exitCode()).isZero();
        SampleWorkbook.GradeRun resumed = workbook.grade(subs, merged);
        assertThat(GraderRuns.graded(resumed.cli().err())).isEmpty();
        assertThat(resumed.cli().out()).contains("kept 6 result(s)");
    }

    @Test
    void the_same_result_in_two_folders_is_merged_once() throws IOException {
        Path copy = dir.resolve("shard-1-copy");
        GraderRuns.copyTree(shards.get(0), copy);
        SampleWorkbook.CliRun run = merge(dir.resolve("merged-with-copy"), shards.get(0), copy, shards.get(1), shards.get(2));
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.readString(dir.resolve("merged-with-copy/grades.csv"))).isEqualTo(single.csv());
    }

    @Test
    void a_submission_with_different_results_in_two_folders_is_refused() throws IOException {
        Path other = Files.createDirectories(dir.resolve("other-ada"));
        Files.copy(workbook.studentVersion, other.resolve("ada.ipynb"));
        workbook.grade(other.resolve("ada.ipynb"), dir.resolve("ada-again"));

        SampleWorkbook.CliRun run = merge(dir.resolve("merged-overlap"), shards.get(0), dir.resolve("ada-again"));

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("merge: 1 submission(s) are in " + shards.get(0) + " and in " + dir.resolve("ada-again")
                + " with different results: ada; delete them from one of the folders").contains("nothing was written");
        assertThat(dir.resolve("merged-overlap")).doesNotExist();
    }

    @Test
    void folders_graded_with_other_options_are_refused() throws IOException {
        Path late = Files.createDirectories(dir.resolve("late"));
        Files.copy(workbook.instructor, late.resolve("gus.ipynb"));
        workbook.grade(late, dir.resolve("late-out"), "--test-timeout", "9s");

        SampleWorkbook.CliRun run = merge(dir.resolve("merged-options"), shards.get(0), shards.get(1), shards.get(2),
                dir.resolve("late-out"));

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("the folders were graded with different assignments or set-ups")
                .contains("1 result(s) in " + dir.resolve("late-out")).contains("6 result(s) in ");
    }

    @Test
    void a_folder_with_a_missing_file_or_an_unfinished_run_is_refused() throws IOException {
        Path broken = dir.resolve("shard-2-broken");
        GraderRuns.copyTree(shards.get(1), broken);
        String name = GraderRuns.list(broken.resolve("feedback")).get(0);
        Files.delete(broken.resolve("feedback").resolve(name));

        SampleWorkbook.CliRun run = merge(dir.resolve("merged-broken"), shards.get(0), broken, shards.get(2));

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(broken + ": 1 submission(s) have no complete result")
                .contains(name.replace(".html", "") + "; run that grade command again to finish it");
    }

    @Test
    void merging_into_a_folder_that_is_not_empty_is_refused() throws IOException {
        SampleWorkbook.CliRun run = merge(single.out(), shards.toArray(Path[]::new));
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--out " + single.out() + " is not empty; merge into a new folder");
    }

    @Test
    void merge_with_a_roster_lists_the_students_no_shard_had() throws IOException {
        Path roster = dir.resolve("roster.csv");
        Files.writeString(roster, "submission,student_id,email\nada,s1,ada@uni.example\nzed,s9,zed@uni.example\n");
        List<String> args = new ArrayList<>(List.of("merge", "--out", dir.resolve("merged-roster").toString(),
                "--roster", roster.toString()));
        shards.forEach(s -> args.add(s.toString()));

        SampleWorkbook.CliRun run = cli(args.toArray(String[]::new));

        assertThat(run.exitCode()).as(run.err()).isZero();
        String csv = Files.readString(dir.resolve("merged-roster/grades.csv"));
        assertThat(csv).contains("\nzed,0,10,missing,no submission,s9,zed@uni.example\n").contains(",s1,ada@uni.example\n");
    }
}
