// --jobs and --shard: grades do not depend on concurrency, and shards split a class without overlap.
package org.nnworkbook.grader;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class JobsAndShardsTest {
    Path dir;
    SampleWorkbook workbook;
    Path subs;
    SampleWorkbook.GradeRun sequential;

    @BeforeAll
    void a_class_of_five(@TempDir Path tempDir) throws IOException {
        dir = tempDir;
        workbook = SampleWorkbook.create(dir.resolve("workbook"));
        subs = Files.createDirectories(dir.resolve("submissions"));
        Files.copy(workbook.instructor, subs.resolve("ada.ipynb"));
        Files.copy(workbook.studentVersion, subs.resolve("bob.ipynb"));
        SampleWorkbook.write(SampleWorkbook.withSource(workbook.instructorJson(), "relu",
                "double relu(double x) { return x; }"), subs.resolve("cy.ipynb"));
        Files.writeString(subs.resolve("dee.ipynb"), "{ not json");
        SampleWorkbook.write(SampleWorkbook.withCellAfter(workbook.instructorJson(), "dot", "while (true) { }"),
                subs.resolve("eve.ipynb"));
        sequential = workbook.grade(subs, dir.resolve("jobs-1"), "--jobs", "1", "--cell-timeout", "4s");
    }

    @Test
    void grading_with_two_jobs_writes_the_same_grades_as_grading_one_at_a_time() throws IOException {
        SampleWorkbook.GradeRun parallel = workbook.grade(subs, dir.resolve("jobs-2"), "--jobs", "2", "--cell-timeout", "4s");
        assertThat(parallel.csv()).isEqualTo(sequential.csv());
        assertThat(sequential.rows().keySet()).containsExactly("ada", "bob", "cy", "dee", "eve");
        for (String name : sequential.rows().keySet()) {
            assertThat(parallel.results(name).path("tests")).isEqualTo(sequential.results(name).path("tests"));
        }
    }

    @Test
    void shards_are_disjoint_and_together_give_the_whole_class() throws IOException {
        SampleWorkbook.GradeRun first = workbook.grade(subs, dir.resolve("shard-1"), "--shard", "1/2", "--cell-timeout", "4s");
        SampleWorkbook.GradeRun second = workbook.grade(subs, dir.resolve("shard-2"), "--shard", "2/2", "--cell-timeout", "4s");
        assertThat(first.rows().keySet()).containsExactly("ada", "cy", "eve");
        assertThat(second.rows().keySet()).containsExactly("bob", "dee");
        List<String> concatenated = new ArrayList<>(first.csv().lines().toList());
        concatenated.addAll(second.csv().lines().skip(1).toList());
        concatenated.subList(1, concatenated.size()).sort(null);
        assertThat(concatenated).isEqualTo(sequential.csv().lines().toList());
    }

    @Test
    void the_class_gets_the_grades_it_deserves() {
        assertThat(sequential.row("ada").points()).isEqualTo(10);
        assertThat(sequential.row("bob").points()).isZero();
        assertThat(sequential.row("cy").points()).isEqualTo(9);
        assertThat(sequential.row("dee").status()).isEqualTo("invalid");
        assertThat(sequential.row("eve").status()).isEqualTo("timeout");
        assertThat(sequential.row("eve").points()).isEqualTo(10);
    }
}
