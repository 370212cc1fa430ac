// The grader's ✔/✘ lines: the checks' own come from the library's CheckLines, as in the notebooks' SelfCheck.
package org.nnworkbook.grader.report;

import java.util.Arrays;
import org.nnworkbook.check.CheckLines;
import org.nnworkbook.check.CheckResult;

/**
 * A passing check reads {@code ✔ relu(-1.0) = 0.0}, a failing one {@code ✘ relu(2.5): got 0.0,
 * expected 2.5 (off by 2.5)}. Comparisons and their wording are {@link CheckLines}', the class
 * org.nnworkbook.check.SelfCheck uses in a notebook's visible check cells, so the grader's feedback
 * reads exactly what the student already saw. What only the grader knows (timeouts, compile errors,
 * a VM that ended, hidden expected values) is worded here in the same {@code ✘ label: detail} form.
 */
public final class CheckMessages {
    public static final String PASS = "✔";
    public static final String FAIL = "✘";

    /** How the execution VM words a call of a method that uses an undefined name (StudentVm, shell's MissingNames). */
    private static final String UNRESOLVED = " cannot run until ";

    private CheckMessages() {
    }

    /** A hidden check passed: only its label is shown. */
    public static String passed(String label) {
        return new CheckResult(label, true, "").toString();
    }

    /** A hidden check failed: the student's value is shown, never the expected one. */
    public static String wrongHidden(String label, String got) {
        return failed(label, "got " + got + ", which is not the expected value");
    }

    /** A hidden check of an array failed at entry {@code index}: the student's values are shown, never the expected ones. */
    public static String wrongHiddenEntry(String label, int index, String entry, String got) {
        return failed(label, "entry " + index + " is " + entry + ", which is not the expected value; got " + got);
    }

    public static String threw(String label, String exceptionClass, String message) {
        if (exceptionClass.endsWith("UnresolvedReferenceException") && message != null && message.contains(UNRESOLVED)) {
            return failed(label, message); // the kernel's own sentence: the name, and the import or typo to look for
        }
        return CheckLines.threw(label, exceptionClass, message).toString();
    }

    public static String doesNotCompile(String label, String diagnostic) {
        return failed(label, "does not compile: " + diagnostic);
    }

    public static String timedOut(String label, long seconds) {
        return failed(label, "did not finish within " + seconds + " s (an endless loop?)");
    }

    public static String failed(String label, String studentMessage) {
        return new CheckResult(label, false, studentMessage).toString();
    }

    public static String number(double value) {
        return Double.toString(value);
    }

    public static String numbers(double[] values) {
        return Arrays.toString(values);
    }
}
