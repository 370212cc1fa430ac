// results/<submission>.json in the Gradescope autograder results format.
package org.nnworkbook.grader.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.nnworkbook.grader.grading.SubmissionResult;
import org.nnworkbook.grader.grading.TestResult;

/**
 * Top level: score, execution_time, output, visibility, stdout_visibility, extra_data; one entry
 * per hidden test with score, max_score, status (passed/failed), name, number, output. Only the
 * student-safe ✔/✘ lines go into outputs.
 */
public final class GradescopeJson {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private GradescopeJson() {
    }

    public static String of(SubmissionResult result) {
        ObjectNode root = JSON.createObjectNode();
        root.put("score", result.points());
        root.put("execution_time", Math.round(result.seconds() * 10) / 10.0);
        StringBuilder output = new StringBuilder(result.message());
        result.notes().forEach(note -> output.append('\n').append(note));
        root.put("output", output.toString());
        root.put("visibility", "visible");
        root.put("stdout_visibility", "hidden");
        ArrayNode tests = root.putArray("tests");
        int number = 1;
        for (TestResult test : result.tests()) {
            ObjectNode entry = tests.addObject();
            entry.put("score", test.points());
            entry.put("max_score", test.maxPoints());
            entry.put("status", test.passed() ? "passed" : "failed");
            entry.put("name", test.exercise() + ": " + test.name());
            entry.put("number", Integer.toString(number++));
            entry.put("output", String.join("\n", test.lines()));
            entry.putArray("tags").add(test.gradeId());
            entry.put("visibility", "visible");
        }
        ObjectNode extra = root.putObject("extra_data");
        extra.put("status", result.status().id());
        extra.put("max_points", result.maxPoints());
        extra.put("isolation", result.isolation());
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }
}
