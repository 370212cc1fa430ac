// The Session hidden tests use: evaluates in the student's VM, compares here, words results for the student.
package org.nnworkbook.grader.grading;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.nnworkbook.check.CheckLines;
import org.nnworkbook.check.CheckResult;
import org.nnworkbook.grader.api.CheckFailure;
import org.nnworkbook.grader.api.Session;
import org.nnworkbook.grader.report.CheckMessages;
import org.nnworkbook.grader.session.SnippetResult;

/**
 * Every hidden test gets a wall-clock budget from {@link #beginTest}; each evaluation may use
 * what is left of it. The ✔/✘ lines a test produces are kept per test for the feedback.
 */
final class StudentSession implements Session {
    private static final int SHOWN_VALUE_CHARS = 200;

    private final NotebookRun run;
    private final Duration testTimeout;
    private final Map<String, List<String>> lines = new ConcurrentHashMap<>();
    private final Map<String, Boolean> timedOut = new ConcurrentHashMap<>();
    private volatile String currentTest = "";
    private volatile String currentGradeId = "";
    private volatile long deadline;

    StudentSession(NotebookRun run, Duration testTimeout) {
        this.run = run;
        this.testTimeout = testTimeout;
    }

    /** @param gradeId the grade cell the test scores: restarts its code needs are paid from that cell's budget */
    void beginTest(String testId, String gradeId) {
        currentTest = testId;
        currentGradeId = gradeId;
        deadline = System.nanoTime() + testTimeout.toNanos();
        lines.put(testId, new ArrayList<>());
    }

    List<String> linesOf(String testId) {
        return lines.getOrDefault(testId, List.of());
    }

    boolean timedOut(String testId) {
        return timedOut.getOrDefault(testId, false);
    }

    private void record(String line) {
        lines.computeIfAbsent(currentTest, id -> new ArrayList<>()).add(line);
    }

    /** Keeps a passing check's line; a failing one fails the test with its line. */
    private void record(CheckResult check) {
        if (!check.passed()) {
            throw new CheckFailure(check.toString());
        }
        record(check.toString());
    }

    /** The value of {@code code}, or a CheckFailure that words what went wrong under {@code label}. */
    private String value(String label, String code) {
        deadline += run.prepareForTest(currentGradeId); // restarting and replaying the cells is not the test's time
        long left = deadline - System.nanoTime();
        SnippetResult result = run.evalForTest(code, Duration.ofNanos(Math.max(left, 1_000_000)), currentGradeId);
        return switch (result.kind()) {
            case OK -> result.value();
            case COMPILE_ERROR -> throw new CheckFailure(CheckMessages.doesNotCompile(label, result.detail()));
            case EXCEPTION -> throw new CheckFailure(CheckMessages.threw(label, result.exceptionClass(), shorten(result.detail())));
            case TIMEOUT -> {
                timedOut.put(currentTest, true);
                throw new CheckFailure(CheckMessages.timedOut(label, testTimeout.toSeconds()));
            }
            case VM_ENDED -> throw new CheckFailure(CheckMessages.failed(label, result.detail()));
        };
    }

    @Override
    public String eval(String code) {
        return value(shorten(code), code);
    }

    @Override
    public double evalDouble(String expression) {
        return number(shorten(expression), value(shorten(expression), expression));
    }

    @Override
    public double[] evalDoubleArray(String expression) {
        return numbers(shorten(expression), value(shorten(expression), expression));
    }

    @Override
    public List<double[]> evalDoubleArrays(String what, List<String> expressions) {
        // Each part goes out as its length, then its entries (-1 for null), so parts of any length come back apart.
        String all = expressions.stream().collect(Collectors.joining(", ",
                "java.util.stream.Stream.<double[]>of(", ").flatMapToDouble(gradedPart -> gradedPart == null"
                        + " ? java.util.stream.DoubleStream.of(-1) : java.util.stream.DoubleStream.concat("
                        + "java.util.stream.DoubleStream.of(gradedPart.length), java.util.Arrays.stream(gradedPart))).toArray()"));
        double[] flat = numbers(what, value(what, all));
        List<double[]> parts = new ArrayList<>();
        int at = 0;
        for (String expression : expressions) {
            int length = at < flat.length ? (int) flat[at] : -2;
            if (length == -1) {
                throw new CheckFailure(CheckMessages.failed(what, "got null from " + shorten(expression) + ", where an array was expected"));
            }
            if (length < 0 || at + 1 + length > flat.length) {
                throw new CheckFailure(CheckMessages.failed(what, "gave values the grader cannot read apart"));
            }
            parts.add(Arrays.copyOfRange(flat, at + 1, at + 1 + length));
            at += 1 + length;
        }
        return parts;
    }

    @Override
    public void checkValues(String label, double[] got, double[] expected) {
        record(CheckLines.close(label, got, expected, TOLERANCE));
    }

    @Override
    public void checkValuesHidden(String label, double[] got, double[] expected) {
        if (got.length != expected.length) {
            throw new CheckFailure(CheckMessages.failed(label, "got " + got.length + " values, expected " + expected.length));
        }
        for (int i = 0; i < got.length; i++) {
            if (!CheckLines.near(got[i], expected[i], TOLERANCE)) {
                throw new CheckFailure(CheckMessages.wrongHiddenEntry(label, i, CheckMessages.number(got[i]),
                        shorten(CheckMessages.numbers(got))));
            }
        }
        record(CheckMessages.passed(label));
    }

    @Override
    public void checkClose(String expression, double expected) {
        checkClose(expression, expected, TOLERANCE);
    }

    @Override
    public void checkClose(String expression, double expected, double tolerance) {
        double got = number(expression, value(expression, expression));
        record(CheckLines.close(expression, got, expected, tolerance));
    }

    @Override
    public void checkClose(String expression, double[] expected) {
        double[] got = numbers(expression, value(expression, expression));
        record(CheckLines.close(expression, got, expected, TOLERANCE));
    }

    @Override
    public void checkHidden(String label, String expression, double expected) {
        double got = number(label, value(label, expression));
        if (!CheckLines.near(got, expected, TOLERANCE)) {
            throw new CheckFailure(CheckMessages.wrongHidden(label, CheckMessages.number(got)));
        }
        record(CheckMessages.passed(label));
    }

    @Override
    public void checkHidden(String label, String expression, double[] expected) {
        checkValuesHidden(label, numbers(label, value(label, expression)), expected);
    }

    @Override
    public void check(String label, boolean passed, String studentMessage) {
        if (!passed) {
            throw new CheckFailure(CheckMessages.failed(label, studentMessage));
        }
        record(CheckMessages.passed(label));
    }

    private static double number(String label, String value) {
        try {
            return Double.parseDouble(value.strip());
        } catch (NumberFormatException e) {
            throw new CheckFailure(CheckMessages.failed(label, "got " + shorten(value) + ", which is not a number"));
        }
    }

    private static double[] numbers(String label, String value) {
        double[] parsed = JShellValues.doubleArray(value);
        if (parsed == null) {
            throw new CheckFailure(CheckMessages.failed(label, "got " + shorten(value) + ", which is not an array of numbers"));
        }
        return parsed;
    }

    private static String shorten(String text) {
        if (text == null) {
            return null;
        }
        return text.length() <= SHOWN_VALUE_CHARS ? text : text.substring(0, SHOWN_VALUE_CHARS) + "…";
    }
}
