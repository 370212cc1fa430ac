// Exercises: a solution cell with the grade cells after it, titled in the notebook's own words.
package org.nnworkbook.grader.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.nnworkbook.grader.assignment.Exercises.Exercise;
import org.nnworkbook.grader.notebook.Notebook;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ExercisesTest {
    private static String cell(String type, String source, String nbgrader) {
        String meta = nbgrader == null ? "{}" : "{\"nbgrader\": {\"schema_version\": 3, " + nbgrader + "}}";
        return "{\"cell_type\": \"" + type + "\", \"metadata\": " + meta + ", \"source\": \"" + source + "\""
                + (type.equals("code") ? ", \"outputs\": [], \"execution_count\": null" : "") + "}";
    }

    private static String solution(String id) {
        return "\"grade_id\": \"" + id + "\", \"solution\": true, \"grade\": false, \"locked\": false";
    }

    private static String grade(String id, int points) {
        return "\"grade_id\": \"" + id + "\", \"solution\": false, \"grade\": true, \"locked\": true, \"points\": " + points;
    }

    @Test
    void titles_come_from_the_exercise_heading_else_the_check_title_else_the_nearest_heading() throws Exception {
        String json = "{\"nbformat\": 4, \"nbformat_minor\": 5, \"metadata\": {}, \"cells\": ["
                + String.join(", ",
                cell("markdown", "## 2. Squashing\\n\\n### Exercise 2 · Sigmoid and its derivative (2 points)\\n\\nWrite it.", null),
                cell("code", "double sigmoid(double z) { return 0; }", solution("sigmoid")),
                cell("code", "SelfCheck.of(\\\"Exercise 2: sigmoid\\\").report();", grade("check_sigmoid", 2)),
                cell("markdown", "## 4. ReLU and its relatives\\n\\n### ReLU", null),
                cell("code", "double relu(double z) { return 0; }", solution("relu")),
                cell("code", "SelfCheck.of(\\\"Exercise 4: ReLU\\\").report();", grade("check_relu", 1)),
                cell("code", "relu(1)", grade("check_relu_more", 1)),
                cell("markdown", "### Sign", null),
                cell("code", "double sign(double z) { return 0; }", solution("sign")),
                cell("code", "sign(1)", grade("check_sign", 1)),
                cell("markdown", "BEGIN SOLUTION\\nbecause\\nEND SOLUTION", solution("why")))
                + "]}";
        Exercises exercises = Exercises.of(Notebook.parse(json.getBytes(StandardCharsets.UTF_8)));

        assertThat(exercises.all()).containsExactly(
                new Exercise("sigmoid", List.of("check_sigmoid"), "Exercise 2 · Sigmoid and its derivative"),
                new Exercise("relu", List.of("check_relu", "check_relu_more"), "Exercise 4: ReLU"),
                new Exercise("sign", List.of("check_sign"), "Sign"));
        assertThat(exercises.titleOf("check_relu_more")).isEqualTo("Exercise 4: ReLU");
        assertThat(exercises.titleOf("unknown")).isEqualTo("unknown");
    }
}
