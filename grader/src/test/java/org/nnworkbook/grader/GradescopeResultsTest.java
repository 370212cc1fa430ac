// results/<submission>.json as Gradescope reads it: visibility from @Visibility, exercise titles, invalid submissions.
package org.nnworkbook.grader;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class GradescopeResultsTest {
    SampleWorkbook.GradeRun run;

    @BeforeAll
    void grade(@TempDir Path dir) throws IOException {
        SampleWorkbook workbook = SampleWorkbook.create(dir.resolve("workbook"));
        // One test shown after publishing (on the method), a whole class hidden (on the class).
        Path relu = workbook.testsDir.resolve("ReluTest.java");
        Files.writeString(relu, Files.readString(relu).replace("    @Points(1)\n    void relu_on_hidden_inputs",
                "    @Points(1)\n    @org.nnworkbook.grader.api.Visibility(org.nnworkbook.grader.api.Visibility.Level.AFTER_PUBLISHED)\n"
                        + "    void relu_on_hidden_inputs"));
        Path mse = workbook.testsDir.resolve("MseTest.java");
        Files.writeString(mse, Files.readString(mse).replace("@GradeId(\"check_mse\")",
                "@org.nnworkbook.grader.api.Visibility(org.nnworkbook.grader.api.Visibility.Level.HIDDEN)\n@GradeId(\"check_mse\")"));
        Path subs = Files.createDirectories(dir.resolve("submissions"));
        Files.copy(workbook.instructor, subs.resolve("complete.ipynb"));
        Files.writeString(subs.resolve("broken.ipynb"), "{ \"cells\": [ this is not JSON");
        SampleWorkbook.write(SampleWorkbook.withSource(workbook.instructorJson(), "relu",
                "double relu(double x) { return 0.0; }"), subs.resolve("wrong.ipynb"));
        run = workbook.grade(subs, dir.resolve("out"));
        assertThat(run.cli().exitCode()).as(run.cli().err()).isZero();
    }

    private static Map<String, JsonNode> testsByName(JsonNode results) {
        Map<String, JsonNode> tests = new LinkedHashMap<>();
        results.get("tests").forEach(t -> tests.put(t.get("name").asText(), t));
        return new LinkedHashMap<>(tests) {
            @Override
            public JsonNode get(Object name) {
                JsonNode test = super.get(name);
                assertThat(test).as("test " + name + " among " + keySet()).isNotNull();
                return test;
            }
        };
    }

    @Test
    void visibility_comes_from_the_method_then_the_class_and_is_visible_by_default() throws IOException {
        Map<String, JsonNode> tests = testsByName(run.results("complete"));
        assertThat(tests.get("Exercise 2: ReLU: relu on hidden inputs").get("visibility").asText()).isEqualTo("after_published");
        assertThat(tests.get("Exercise 2: ReLU: relu keeps positive numbers").get("visibility").asText()).isEqualTo("visible");
        List<String> hidden = new ArrayList<>();
        tests.forEach((name, test) -> {
            if (test.get("visibility").asText().equals("hidden")) {
                hidden.add(name);
            }
        });
        assertThat(hidden).isNotEmpty().allMatch(name -> name.startsWith("Exercise 4: mean squared error: "));
        assertThat(tests.values().stream().filter(t -> t.get("tags").get(0).asText().equals("check_mse")))
                .allMatch(t -> t.get("visibility").asText().equals("hidden"));
        assertThat(tests.keySet()).filteredOn(n -> n.startsWith("Exercise 1: sigmoid: ")).isNotEmpty();
    }

    @Test
    void a_complete_submission_says_it_was_graded_with_its_points() throws IOException {
        JsonNode results = run.results("complete");
        assertThat(results.get("score").asDouble()).isEqualTo(10.0);
        assertThat(results.get("output").asText()).startsWith("Graded: 10 of 10 points (");
        assertThat(results.get("tests")).allMatch(t -> t.get("status").asText().equals("passed"));
    }

    @Test
    void a_wrong_answer_fails_its_tests_with_the_check_line() throws IOException {
        JsonNode results = run.results("wrong");
        JsonNode kept = testsByName(results).get("Exercise 2: ReLU: relu keeps positive numbers");
        assertThat(kept.get("status").asText()).isEqualTo("failed");
        assertThat(kept.get("score").asDouble()).isZero();
        assertThat(kept.get("output").asText()).contains("✘ relu(2.5): got 0.0, expected 2.5");
        assertThat(results.get("output").asText()).isEqualTo("Graded: 9 of 10 points (7 of 8 tests passed).");
    }

    @Test
    void an_invalid_submission_lists_every_test_with_zero_points_and_the_reason() throws IOException {
        JsonNode complete = run.results("complete");
        JsonNode broken = run.results("broken");
        assertThat(broken.get("extra_data").get("status").asText()).isEqualTo("invalid");
        assertThat(broken.get("output").asText()).startsWith("Not graded: ").contains("submit the assignment's notebook");
        assertThat(testsByName(broken).keySet()).containsExactlyElementsOf(testsByName(complete).keySet());
        double max = 0;
        for (JsonNode test : broken.get("tests")) {
            assertThat(test.get("score").asDouble()).isZero();
            assertThat(test.get("status").asText()).isEqualTo("failed");
            assertThat(test.get("output").asText()).contains("not run: the notebook could not be graded (");
            max += test.get("max_score").asDouble();
        }
        assertThat(max).isEqualTo(10.0);
        assertThat(testsByName(broken).get("Exercise 2: ReLU: relu on hidden inputs").get("visibility").asText())
                .isEqualTo("after_published");
    }
}
