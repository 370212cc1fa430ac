// The one place that words check results for students, in the same form as the notebooks' SelfCheck.
package org.nnworkbook.grader.report;

import java.util.Arrays;

/**
 * A passing check reads {@code ✔ relu(-1.0) = 0.0}, a failing one {@code ✘ relu(2.5): got 0.0,
 * expected 2.5}: the lines org.nnworkbook.check.SelfCheck prints in a notebook's visible check
 * cells, so the grader's feedback looks like what the student already saw. Numbers are written
 * with {@link Double#toString}, as JShell and string concatenation write them. Hidden checks
 * never show the expected value.
 */
public final class CheckMessages {
    public static final String PASS = "✔";
    public static final String FAIL = "✘";

    private CheckMessages() {
    }

    public static String passed(String label, String got) {
        return PASS + " " + label + " = " + got;
    }

    public static String wrong(String label, String got, String expected) {
        return FAIL + " " + label + ": got " + got + ", expected " + expected;
    }

    public static String wrongHidden(String label, String got) {
        return FAIL + " " + label + ": got " + got + ", which is not the expected value";
    }

    public static String threw(String label, String exceptionClass, String message) {
        String simple = exceptionClass.substring(exceptionClass.lastIndexOf('.') + 1);
        return FAIL + " " + label + ": threw " + simple + (message == null || message.isBlank() ? "" : ": " + message);
    }

    public static String doesNotCompile(String label, String diagnostic) {
        return FAIL + " " + label + ": does not compile: " + diagnostic;
    }

    public static String timedOut(String label, long seconds) {
        return FAIL + " " + label + ": did not finish within " + seconds + " s (an endless loop?)";
    }

    public static String vmEnded(String label, String how) {
        return FAIL + " " + label + ": " + how;
    }

    public static String failed(String label, String studentMessage) {
        return FAIL + " " + label + ": " + studentMessage;
    }

    public static String number(double value) {
        return Double.toString(value);
    }

    public static String numbers(double[] values) {
        return Arrays.toString(values);
    }

    /** Whether {@code got} is within {@code tolerance} of {@code expected}, relative for large values. */
    public static boolean close(double got, double expected, double tolerance) {
        if (Double.isNaN(expected)) {
            return Double.isNaN(got);
        }
        if (Double.isInfinite(expected)) {
            return got == expected;
        }
        return Math.abs(got - expected) <= tolerance * Math.max(1.0, Math.abs(expected));
    }
}
