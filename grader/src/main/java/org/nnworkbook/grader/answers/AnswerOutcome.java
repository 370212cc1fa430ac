// What grading one answer gave: its exercise's points against the expected ones, and any other exercise that lost points.
package org.nnworkbook.grader.answers;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.nnworkbook.grader.assignment.Exercises.Exercise;
import org.nnworkbook.grader.assignment.Exercises;
import org.nnworkbook.grader.result.SubmissionResult;
import org.nnworkbook.grader.result.TestResult;

/**
 * @param title      the answer's exercise as the notebook names it
 * @param got        the points its exercise scored
 * @param max        the points its exercise is worth
 * @param lines      the ✔/✘ lines of its exercise's tests
 * @param collateral one line per other exercise that lost points ("title: 0 of 3: ✘ ..."): each breaks "one mistake costs once"
 * @param status     the submission's grading status (ok, timeout, error ...) and message
 */
public record AnswerOutcome(AnswerFile answer, String title, double got, double max, List<String> lines,
                            List<String> collateral, String status) {
    private static final double SAME = 1e-9;

    /**
     * @param sharing the other answers graded in the same submission: their exercises must score what
     *                they expect; every other exercise must keep full marks
     */
    static AnswerOutcome of(AnswerFile answer, List<AnswerFile> sharing, Exercises exercises, SubmissionResult result) {
        Exercise own = exercises.ofSolution(answer.solutionId()).orElseThrow();
        List<String> collateral = new ArrayList<>();
        for (Exercise other : exercises.all()) {
            if (other != own) {
                List<TestResult> tests = testsOf(result, other);
                double got = points(tests, false);
                double max = points(tests, true);
                double expected = sharing.stream().filter(a -> a != answer && a.solutionId().equals(other.solutionId()))
                        .mapToDouble(AnswerFile::expected).findFirst().orElse(max);
                if (Math.abs(got - expected) >= SAME || tests.isEmpty()) {
                    collateral.add(other.title() + ": " + format(got) + " of " + format(max) + ": " + String.join(" | ", lines(tests)));
                }
            }
        }
        List<TestResult> tests = testsOf(result, own);
        return new AnswerOutcome(answer, own.title(), points(tests, false), points(tests, true), lines(tests), collateral,
                result.status().id() + " (" + result.message() + ")");
    }

    /** Whether the answer scored as expected and cost nothing elsewhere. */
    public boolean holds() {
        return Math.abs(got - answer.expected()) < SAME && collateral.isEmpty();
    }

    /** Why it does not hold: answer file, expected, got, and the test lines. */
    public String failure() {
        StringBuilder text = new StringBuilder(answer.label()).append(" (").append(answer.about()).append("): ");
        if (Math.abs(got - answer.expected()) >= SAME) {
            text.append("expected ").append(format(answer.expected())).append(", got ").append(format(got))
                    .append(" of ").append(format(max)).append(" for ").append(title);
            lines.forEach(l -> text.append("\n    ").append(l));
        }
        if (!collateral.isEmpty()) {
            text.append("\n  other exercises lost points (one mistake should cost once):");
            collateral.forEach(c -> text.append("\n    ").append(c));
        }
        return text.append("\n  status: ").append(status).toString();
    }

    /** One row of the table: exercise | answer | expected | got | other exercises. */
    public String row() {
        return "| " + title + " | " + answer.name() + " | " + format(answer.expected()) + " | " + format(got) + " / "
                + format(max) + " | " + (collateral.isEmpty() ? "full" : collateral.size() + " lost points") + " |"
                + (holds() ? "" : " ✘");
    }

    public static String header() {
        return "| exercise | answer | expected | got | other exercises |\n|---|---|---|---|---|";
    }

    private static List<TestResult> testsOf(SubmissionResult result, Exercise exercise) {
        return result.tests().stream().filter(t -> exercise.gradeIds().contains(t.gradeId())).toList();
    }

    private static double points(List<TestResult> tests, boolean max) {
        return tests.stream().mapToDouble(t -> max ? t.maxPoints() : t.points()).sum();
    }

    private static List<String> lines(List<TestResult> tests) {
        List<String> lines = new ArrayList<>();
        for (TestResult test : tests) {
            lines.add((test.passed() ? "pass " : "FAIL ") + test.name() + " (" + format(test.points()) + "/"
                    + format(test.maxPoints()) + ")" + (test.lines().isEmpty() ? "" : ": " + String.join(" | ", test.lines())));
        }
        return lines;
    }

    static String format(double points) {
        return points == Math.rint(points) ? Long.toString((long) points) : String.format(Locale.ROOT, "%.2f", points);
    }
}
