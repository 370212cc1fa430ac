package org.nnworkbook.check;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleSupplier;
import java.util.function.Supplier;

/**
 * The check cell under an exercise: runs a few checks of the student's code, prints one line per
 * check and a summary, and fails the cell if any check failed. It is feedback for the student, not
 * the grade (the grader runs its own, stronger tests).
 *
 * <pre>{@code
 * jshell> SelfCheck.of("Exercise 1: relu")
 *    ...>     .close("relu(-1.0)", () -> relu(-1.0), 0.0)
 *    ...>     .close("relu(2.5)", () -> relu(2.5), 2.5)
 *    ...>     .report();
 * Exercise 1: relu
 *   ✔ relu(-1.0) = 0.0
 *   ✘ relu(2.5): got 0.0, expected 2.5 (off by 2.5)
 * 1 of 2 checks passed.
 * |  Exception org.nnworkbook.check.SelfCheckFailed: Exercise 1: relu: 1 of 2 checks failed ...
 * }</pre>
 *
 * Each check runs the student's code inside a lambda, so an exception (for instance from an
 * exercise not written yet) becomes that check's message instead of stopping the others. The lines
 * are worded by {@link CheckLines}, which the grader's feedback uses too.
 */
public final class SelfCheck {
    /** Tolerance of {@link #close(String, DoubleSupplier, double)}: absolute, or relative for large values. */
    public static final double DEFAULT_TOLERANCE = 1e-6;

    private final String title;
    private final List<CheckResult> results = new ArrayList<>();

    private SelfCheck(String title) {
        this.title = Objects.requireNonNull(title, "title");
    }

    /** Starts the checks of one exercise; {@code title} heads the printed report. */
    public static SelfCheck of(String title) {
        return new SelfCheck(title);
    }

    /** Checks that a number is {@code expected} within {@link #DEFAULT_TOLERANCE}. */
    public SelfCheck close(String what, DoubleSupplier actual, double expected) {
        return close(what, actual, expected, DEFAULT_TOLERANCE);
    }

    /** Checks that a number is {@code expected} within {@code tolerance} (absolute, or relative when |expected| > 1). */
    public SelfCheck close(String what, DoubleSupplier actual, double expected, double tolerance) {
        return run(what, () -> CheckLines.close(what, actual.getAsDouble(), expected, tolerance));
    }

    /** Checks every entry of an array (a vector, or a matrix's entries in row order) within {@code tolerance}. */
    public SelfCheck close(String what, Supplier<double[]> actual, double[] expected, double tolerance) {
        return run(what, () -> CheckLines.close(what, actual.get(), expected, tolerance));
    }

    /** Checks that a value {@link Object#equals equals} {@code expected} (arrays are compared by content). */
    public SelfCheck equal(String what, Supplier<?> actual, Object expected) {
        return run(what, () -> CheckLines.equal(what, actual.get(), expected));
    }

    /** Checks a condition; {@code hint} is shown when it is false, so say what to look at. */
    public SelfCheck that(String what, BooleanSupplier condition, String hint) {
        return run(what, () -> condition.getAsBoolean() ? CheckResult.pass(what, "") : CheckResult.fail(what, hint));
    }

    /** Checks that the code throws an exception of the given type, for example on bad input. */
    public SelfCheck throwsA(String what, Class<? extends Throwable> expected, Runnable code) {
        return run(what, () -> {
            try {
                code.run();
            } catch (Throwable t) {
                return expected.isInstance(t)
                        ? CheckResult.pass(what, "throws " + expected.getSimpleName())
                        : CheckResult.fail(what, CheckLines.threw(what, t).detail() + ", expected " + expected.getSimpleName());
            }
            return CheckResult.fail(what, "threw nothing, expected " + expected.getSimpleName());
        });
    }

    /** Runs one check; an exception from the student's code (an exercise not written yet, say) becomes its line. */
    private SelfCheck run(String what, Supplier<CheckResult> check) {
        CheckResult result;
        try {
            result = check.get();
        } catch (OutOfMemoryError | InternalError e) {
            throw e; // the JVM itself is in trouble (a thread bomb, say): nothing after this check can be trusted
        } catch (RuntimeException | Error e) {
            result = CheckLines.threw(what, e);
        }
        results.add(result);
        return this;
    }

    /** The results so far, in the order the checks were written. */
    public List<CheckResult> results() {
        return List.copyOf(results);
    }

    /** True if every check so far passed (and there was at least one). */
    public boolean passed() {
        return !results.isEmpty() && results.stream().allMatch(CheckResult::passed);
    }

    /** The report as text: the title, one line per check, and a summary line. */
    public String summary() {
        StringBuilder out = new StringBuilder(title).append('\n');
        for (CheckResult r : results) {
            out.append("  ").append(r).append('\n');
        }
        long passed = results.stream().filter(CheckResult::passed).count();
        if (passed == results.size()) {
            out.append(results.size() == 1 ? "The check passed." : "All " + results.size() + " checks passed.");
        } else {
            out.append(passed).append(" of ").append(results.size()).append(" checks passed.");
        }
        return out.toString();
    }

    /** Prints the report; throws {@link SelfCheckFailed} if a check failed, so the cell shows as failed. */
    public void report() {
        report(System.out);
    }

    void report(PrintStream out) {
        if (results.isEmpty()) {
            throw new IllegalStateException(title + ": no checks were added before report()");
        }
        out.println(summary());
        out.flush();
        if (!passed()) {
            long failed = results.stream().filter(r -> !r.passed()).count();
            throw new SelfCheckFailed(title + ": " + failed + " of " + results.size()
                    + (results.size() == 1 ? " check" : " checks") + " failed (the lines above say which and why)");
        }
    }

    @Override
    public String toString() {
        return summary();
    }
}
