// What the class report needs of one submission, kept in its results JSON under extra_data.class_report.
package org.nnworkbook.grader.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nnworkbook.grader.result.Answer;
import org.nnworkbook.grader.result.SubmissionResult;
import org.nnworkbook.grader.result.TestResult;

/**
 * The report is built from results/*.json alone, so it also describes a resumed or merged folder.
 * This block is self-contained (it does not read the Gradescope fields, whose names and test
 * titles follow Gradescope's needs) and holds only what feedback may hold, plus answer hashes:
 *
 * <pre>{"assignment": "sample-activations", "submission": "alice", "status": "ok", "points": 8, "max_points": 10,
 *  "seconds": 2.1, "message": "...",
 *  "tests": [{"exercise": "Exercise 2: ReLU", "test": "relu keeps positive numbers", "passed": false,
 *             "timed_out": false, "failed_checks": ["✘ relu(2.5): got 0.0, expected 2.5 (off by 2.5)"]}],
 *  "answers": {"Exercise 2: ReLU": {"hash": "3f2a…", "same_as_solution": false}}}</pre>
 */
public final class ReportData {
    static final String KEY = "class_report";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** One submission as the report sees it. */
    public record Submission(String assignment, String name, String status, double points, double maxPoints,
                             double seconds, String message, List<Test> tests, Map<String, Answer> answers) {
    }

    /** @param failedChecks the test's ✘ lines */
    public record Test(String exercise, String name, boolean passed, boolean timedOut, List<String> failedChecks) {
    }

    private ReportData() {
    }

    /** The results JSON with this submission's block added to its extra_data. */
    public static String addTo(String resultsJson, String assignment, SubmissionResult result, Map<String, Answer> answers) {
        try {
            ObjectNode root = (ObjectNode) JSON.readTree(resultsJson);
            ObjectNode extra = root.has("extra_data") ? (ObjectNode) root.get("extra_data") : root.putObject("extra_data");
            ObjectNode block = extra.putObject(KEY);
            block.put("assignment", assignment);
            block.put("submission", result.name());
            block.put("status", result.status().id());
            block.put("points", result.points());
            block.put("max_points", result.maxPoints());
            block.put("seconds", Math.round(result.seconds() * 10) / 10.0);
            block.put("message", result.message());
            var tests = block.putArray("tests");
            for (TestResult test : result.tests()) {
                ObjectNode entry = tests.addObject();
                entry.put("exercise", test.exercise());
                entry.put("test", test.name());
                entry.put("passed", test.passed());
                entry.put("timed_out", test.timedOut());
                var failed = entry.putArray("failed_checks");
                test.lines().stream().filter(line -> line.startsWith(CheckMessages.FAIL)).forEach(failed::add);
            }
            ObjectNode hashes = block.putObject("answers");
            answers.forEach((exercise, answer) -> hashes.putObject(exercise)
                    .put("hash", answer.hash()).put("same_as_solution", answer.sameAsSolution()));
            return JSON.writeValueAsString(root) + "\n";
        } catch (IOException e) {
            throw new IllegalStateException("the grader's own results JSON always parses", e);
        }
    }

    /** The block of a results file, or null when it has none (written by a grader before the report existed). */
    static Submission read(JsonNode results) {
        JsonNode block = results.path("extra_data").path(KEY);
        if (!block.isObject()) {
            return null;
        }
        List<Test> tests = new ArrayList<>();
        for (JsonNode test : block.path("tests")) {
            List<String> failed = new ArrayList<>();
            test.path("failed_checks").forEach(line -> failed.add(line.asText()));
            tests.add(new Test(test.path("exercise").asText(), test.path("test").asText(), test.path("passed").asBoolean(),
                    test.path("timed_out").asBoolean(), failed));
        }
        Map<String, Answer> answers = new LinkedHashMap<>();
        block.path("answers").fields().forEachRemaining(e -> answers.put(e.getKey(),
                new Answer(e.getValue().path("hash").asText(), e.getValue().path("same_as_solution").asBoolean())));
        return new Submission(block.path("assignment").asText(), block.path("submission").asText(),
                block.path("status").asText(), block.path("points").asDouble(), block.path("max_points").asDouble(),
                block.path("seconds").asDouble(), block.path("message").asText(), tests, answers);
    }
}
