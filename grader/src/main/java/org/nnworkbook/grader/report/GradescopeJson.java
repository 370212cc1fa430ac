// results/<submission>.json in the Gradescope autograder results format.
package org.nnworkbook.grader.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.nnworkbook.grader.api.Visibility;
import org.nnworkbook.grader.assignment.Assignment;
import org.nnworkbook.grader.assignment.HiddenTests.HiddenTest;
import org.nnworkbook.grader.notebook.Cell;
import org.nnworkbook.grader.result.Status;
import org.nnworkbook.grader.result.SubmissionResult;
import org.nnworkbook.grader.result.TestResult;

/**
 * Top level: score, execution_time, output (what happened, in a sentence for the student),
 * visibility, stdout_visibility, extra_data; one entry per hidden test with score, max_score,
 * status (passed/failed), name ("Exercise 2 · Sigmoid: sigmoid keeps large inputs finite"),
 * number, output, tags and the visibility its {@link Visibility} annotation sets. An invalid
 * submission still lists every test, each with 0 points and the reason, so Gradescope shows the
 * assignment's maximum score. Only the student-safe ✔/✘ lines go into outputs.
 */
public final class GradescopeJson {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private GradescopeJson() {
    }

    public static String of(SubmissionResult result, Assignment assignment) {
        ObjectNode root = JSON.createObjectNode();
        root.put("score", result.points());
        root.put("execution_time", Math.round(result.seconds() * 10) / 10.0);
        StringBuilder output = new StringBuilder(overview(result));
        result.notes().forEach(note -> output.append('\n').append(note));
        root.put("output", output.toString());
        root.put("visibility", "visible");
        root.put("stdout_visibility", "hidden");
        Map<String, Visibility.Level> visibility = new HashMap<>();
        assignment.tests().tests().forEach(t -> visibility.put(key(t.gradeId(), t.displayName()), t.visibility()));
        ArrayNode tests = root.putArray("tests");
        int number = 1;
        List<TestResult> results = result.status() == Status.INVALID && result.tests().isEmpty()
                ? notRun(assignment, result.message()) : result.tests();
        for (TestResult test : results) {
            ObjectNode entry = tests.addObject();
            entry.put("score", test.points());
            entry.put("max_score", test.maxPoints());
            entry.put("status", test.passed() ? "passed" : "failed");
            entry.put("name", test.exercise() + ": " + test.name());
            entry.put("number", Integer.toString(number++));
            entry.put("output", String.join("\n", test.lines()));
            entry.putArray("tags").add(test.gradeId());
            entry.put("visibility", visibility.getOrDefault(key(test.gradeId(), test.name()), Visibility.Level.VISIBLE).id());
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

    /** The first line a student reads: what the grader did with the notebook, and the points. */
    static String overview(SubmissionResult result) {
        String points = GradesCsv.points(result.points()) + " of " + GradesCsv.points(result.maxPoints()) + " points";
        return switch (result.status()) {
            case OK -> "Graded: " + points + " (" + result.message() + ").";
            case TIMEOUT -> "Graded until a time limit stopped your code: " + points + " (" + result.message() + ").";
            case ERROR -> "Graded as far as your notebook's Java process ran: " + points + " (" + result.message() + ").";
            case INVALID -> "Not graded: " + result.message() + ". Every test scores 0; submit the assignment's notebook"
                    + " (the .ipynb file you downloaded, saved after your work) again.";
        };
    }

    /** Every hidden test of the assignment, in notebook order, scored 0 because the notebook could not be graded. */
    private static List<TestResult> notRun(Assignment assignment, String reason) {
        List<String> order = assignment.gradeCells().stream().map(Cell::gradeId).toList();
        List<HiddenTest> all = new ArrayList<>(assignment.tests().tests());
        all.sort(Comparator.comparingInt(t -> order.indexOf(t.gradeId())));
        return all.stream().map(t -> new TestResult(t.gradeId(), assignment.exercises().titleOf(t.gradeId()),
                t.displayName(), 0, t.points(), false,
                List.of(CheckMessages.failed(t.displayName(), "not run: the notebook could not be graded (" + reason + ")")),
                false)).toList();
    }

    private static String key(String gradeId, String testName) {
        return gradeId + '\u0000' + testName;
    }
}
