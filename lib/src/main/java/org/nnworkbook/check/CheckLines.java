// The one wording of every ✔/✘ check line: SelfCheck prints these in notebooks and the grader's feedback shows them.
package org.nnworkbook.check;

import java.util.Arrays;
import java.util.Objects;

/**
 * How a check compares a student's value with the expected one and words the outcome. The notebooks'
 * {@link SelfCheck} and the grader's hidden tests both build their lines here, so for the same wrong
 * answer a student reads the same line in the notebook and in the feedback:
 *
 * <pre>{@code
 * jshell> CheckLines.close("relu(2.5)", 0.0, 2.5, 1e-6)
 * $1 ==> ✘ relu(2.5): got 0.0, expected 2.5 (off by 2.5)
 * jshell> CheckLines.threw("relu(2.5)", "java.lang.UnsupportedOperationException", "exercise relu: not written yet")
 * $2 ==> ✘ relu(2.5): threw UnsupportedOperationException: exercise relu: not written yet
 * }</pre>
 *
 * Numbers are written with {@link Double#toString}, as JShell and string concatenation write them.
 */
public final class CheckLines {
    private CheckLines() {}

    /** |a - e| <= tol, scaled by |e| when |e| > 1 so large values get a relative tolerance. */
    public static boolean near(double actual, double expected, double tolerance) {
        if (Double.isNaN(expected)) {
            return Double.isNaN(actual);
        }
        if (Double.isInfinite(expected)) {
            return actual == expected;
        }
        return Math.abs(actual - expected) <= tolerance * Math.max(1.0, Math.abs(expected));
    }

    /** A number against the expected one: {@code ✔ what = 0.5} or {@code ✘ what: got 0.0, expected 0.5 (off by 0.5)}. */
    public static CheckResult close(String what, double actual, double expected, double tolerance) {
        if (near(actual, expected, tolerance)) {
            return CheckResult.pass(what, "= " + actual);
        }
        if (Double.isNaN(actual)) {
            return CheckResult.fail(what, "got NaN, expected " + expected + " (look for 0/0, log of a negative, or ∞ - ∞)");
        }
        return CheckResult.fail(what, "got " + actual + ", expected " + expected
                + " (off by " + (float) Math.abs(actual - expected) + ")");
    }

    /** Every entry of an array within {@code tolerance}; a failure names the first entry that is off. */
    public static CheckResult close(String what, double[] actual, double[] expected, double tolerance) {
        if (actual == null) {
            return CheckResult.fail(what, "got null, expected " + show(expected));
        }
        if (actual.length != expected.length) {
            return CheckResult.fail(what, "got " + actual.length + " values, expected " + expected.length);
        }
        for (int i = 0; i < actual.length; i++) {
            if (!near(actual[i], expected[i], tolerance)) {
                return CheckResult.fail(what, "entry " + i + " is " + actual[i] + ", expected " + expected[i]
                        + "; got " + show(actual) + ", expected " + show(expected));
            }
        }
        return CheckResult.pass(what, "matches (max difference " + (float) maxDifference(actual, expected) + ")");
    }

    /** Equality, arrays by content. */
    public static CheckResult equal(String what, Object actual, Object expected) {
        boolean same = actual instanceof Object[] a && expected instanceof Object[] e
                ? Arrays.deepEquals(a, e)
                : Objects.deepEquals(actual, expected);
        return same ? CheckResult.pass(what, "= " + text(actual))
                : CheckResult.fail(what, "got " + text(actual) + ", expected " + text(expected));
    }

    /**
     * The student's code threw instead of giving a value. {@code exceptionClass} may be a simple or a
     * qualified name (the grader only knows the name of an exception thrown in another JVM).
     */
    public static CheckResult threw(String what, String exceptionClass, String message) {
        String simple = exceptionClass.substring(exceptionClass.lastIndexOf('.') + 1);
        String detail = "threw " + simple + (message == null || message.isBlank() ? "" : ": " + message);
        if (simple.equals("StackOverflowError")) {
            detail += " (does your code call itself without end?)";
        }
        return CheckResult.fail(what, detail);
    }

    /** As {@link #threw(String, String, String)} for an exception caught here. */
    public static CheckResult threw(String what, Throwable thrown) {
        return threw(what, thrown.getClass().getName(), thrown.getMessage());
    }

    static String show(double[] values) {
        return values.length <= 8 ? Arrays.toString(values)
                : Arrays.toString(Arrays.copyOf(values, 8)).replace("]", ", ...] (" + values.length + " values)");
    }

    private static double maxDifference(double[] a, double[] b) {
        double max = 0;
        for (int i = 0; i < a.length; i++) {
            max = Math.max(max, Math.abs(a[i] - b[i]));
        }
        return max;
    }

    private static String text(Object o) {
        if (o instanceof double[] d) {
            return show(d);
        }
        if (o instanceof int[] i) {
            return Arrays.toString(i);
        }
        if (o instanceof Object[] a) {
            return Arrays.deepToString(a);
        }
        return String.valueOf(o);
    }
}
