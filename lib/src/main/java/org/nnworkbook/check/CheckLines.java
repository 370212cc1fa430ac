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
 * Numbers are written as JShell and string concatenation write them ({@link Double#toString}); a
 * wrong value and the expected one are rounded to six significant digits, or to as many more as it
 * takes to show that they differ ({@link #shown}).
 */
public final class CheckLines {
    /** What jdk.jshell throws inside running code that calls a method whose body uses a name not defined. */
    private static final String UNRESOLVED = "SPIResolutionException";
    private static final int DEFAULT_DIGITS = 6;

    private CheckLines() {}

    /**
     * {@code value} rounded to six significant digits, or more when {@code other} would print the same:
     * {@code shown(-0.9999999, -1.0)} is {@code -0.9999999}, {@code shown(0.8807970779778823, 0.5)} is {@code 0.880797}.
     */
    public static String shown(double value, double other) {
        if (!Double.isFinite(value) || value == 0 || value == other) {
            return Double.toString(value);
        }
        for (int digits = DEFAULT_DIGITS; digits < 17; digits++) {
            double a = round(value, digits);
            if (a != round(other, digits)) {
                return Double.toString(a);
            }
        }
        return Double.toString(value);
    }

    private static double round(double value, int digits) {
        if (!Double.isFinite(value) || value == 0) {
            return value;
        }
        return new java.math.BigDecimal(value).round(new java.math.MathContext(digits)).doubleValue();
    }

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
        return CheckResult.fail(what, "got " + shown(actual, expected) + ", expected " + shown(expected, actual)
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
                return CheckResult.fail(what, "entry " + i + " is " + shown(actual[i], expected[i])
                        + ", expected " + shown(expected[i], actual[i])
                        + "; got " + show(actual) + ", expected " + show(expected));
            }
        }
        return CheckResult.pass(what, "matches (max difference " + (float) maxDifference(actual, expected) + ")");
    }

    /**
     * Equality, arrays by content. A check that expects the text "none" (no mismatch found, say)
     * fails with what it got as the whole message, since that text names the problem.
     */
    public static CheckResult equal(String what, Object actual, Object expected) {
        boolean same = actual instanceof Object[] a && expected instanceof Object[] e
                ? Arrays.deepEquals(a, e)
                : Objects.deepEquals(actual, expected);
        if (same) {
            return CheckResult.pass(what, "= " + text(actual));
        }
        if ("none".equals(expected) && actual instanceof String problem && !problem.isBlank()) {
            return CheckResult.fail(what, problem);
        }
        return CheckResult.fail(what, "got " + text(actual) + ", expected " + text(expected));
    }

    /**
     * The student's code threw instead of giving a value. {@code exceptionClass} may be a simple or a
     * qualified name (the grader only knows the name of an exception thrown in another JVM).
     */
    public static CheckResult threw(String what, String exceptionClass, String message) {
        String simple = exceptionClass.substring(exceptionClass.lastIndexOf('.') + 1);
        if (simple.equals(UNRESOLVED)) {
            return undefinedName(what, null, null); // its message, "resolution exception", says nothing to a student
        }
        String detail = "threw " + simple + (message == null || message.isBlank() ? "" : ": " + message);
        if (simple.equals("StackOverflowError")) {
            detail += " (does your code call itself without end?)";
        }
        return CheckResult.fail(what, detail);
    }

    /** As {@link #threw(String, String, String)} for an exception caught here. */
    public static CheckResult threw(String what, Throwable thrown) {
        if (thrown.getClass().getSimpleName().equals(UNRESOLVED)) {
            return undefinedName(what, notebookMethod(thrown), null);
        }
        return threw(what, thrown.getClass().getName(), thrown.getMessage());
    }

    /**
     * Code that uses a name the notebook does not define (a typo, a missing import):
     * {@code ✘ relu(2.5): relu uses IntStream, which is not defined (a typo or a missing import?)}.
     *
     * @param user  the notebook's method that uses it, or null when not known
     * @param names the undefined names, or null when not known
     */
    public static CheckResult undefinedName(String what, String user, String names) {
        String who = user == null || user.isBlank() ? "" : user + " ";
        return CheckResult.fail(what, names == null || names.isBlank()
                ? who + "uses a name that is not defined in the notebook (a typo or a missing import?)"
                : who + "uses " + names + ", which is not defined (a typo or a missing import?)");
    }

    /** The notebook method (JShell wraps cells in classes of package REPL) the exception came from, or null. */
    private static String notebookMethod(Throwable thrown) {
        for (StackTraceElement frame : thrown.getStackTrace()) {
            if (frame.getClassName().startsWith("REPL.")) {
                return frame.getMethodName();
            }
        }
        return null;
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
