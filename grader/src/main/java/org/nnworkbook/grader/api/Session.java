// The hidden tests' handle on one student's notebook, running in its own sandboxed JVM.
package org.nnworkbook.grader.api;

import java.util.List;

/**
 * A hidden test takes it as a parameter and asks the student's code for values:
 * <pre>
 * &#64;GradeId("check_sigmoid")
 * class SigmoidTest {
 *     &#64;Test &#64;Points(1)
 *     void sigmoid_of_zero_is_one_half(Session s) {
 *         s.checkClose("sigmoid(0.0)", 0.5);          // student sees: ✘ sigmoid(0.0): got 0.0, expected 0.5 (off by 0.5)
 *     }
 *     &#64;Test &#64;Points(1)
 *     void sigmoid_on_hidden_inputs(Session s) {
 *         s.checkHidden("sigmoid of a large negative number", "sigmoid(-30.0)", 9.357622968839299E-14);
 *     }
 * }
 * </pre>
 * Only the code to evaluate crosses into the student's JVM; the comparison with the expected
 * value happens here, in the grader, where student code cannot reach it. So keep expected values
 * out of the strings you evaluate: {@code s.eval("sigmoid(0.0) == 0.5")} would let a student's
 * definitions decide the outcome. {@link Inputs} draws test inputs, {@link Literals} writes them as source
 * ({@code Literals.call("mseLoss", w, 0.4, x, y)}) and {@link Reference} computes what to expect.
 */
public interface Session {
    /** Relative and absolute tolerance of {@code checkClose} and {@code checkHidden}: the notebooks' SelfCheck default. */
    double TOLERANCE = org.nnworkbook.check.SelfCheck.DEFAULT_TOLERANCE;

    /**
     * Whether a value is close enough to a reference, by the notebooks' own rule (within {@link #TOLERANCE},
     * relative for large values; NaN only matches NaN): for tests that compare many values themselves.
     * Hidden tests compile against this package only, so they use this rather than the library's class.
     */
    static boolean near(double actual, double expected) {
        return org.nnworkbook.check.CheckLines.near(actual, expected, TOLERANCE);
    }

    /**
     * Runs code in the student's session and returns its value as JShell shows it
     * ({@code "0.5"}, {@code "double[2] { 1.0, 2.0 }"}, or {@code ""} for a statement).
     * @throws CheckFailure if the code does not compile, throws, times out or ends the JVM
     */
    String eval(String code);

    /** The value of a numeric expression. */
    double evalDouble(String expression);

    /** The value of an expression of type double[]. */
    double[] evalDoubleArray(String expression);

    /**
     * The values of several expressions of type double[] (lengths may differ), computed in one evaluation:
     * each evaluation compiles a snippet in the student's VM, so a test that needs forty values asks once.
     * If the student's code does not compile, throws or returns null, the message names {@code what}
     * (e.g. "your sigmoid") rather than the long expression built here.
     */
    List<double[]> evalDoubleArrays(String what, List<String> expressions);

    /** Checks a value; the student sees the expression and the expected value. Use for visible inputs. */
    void checkClose(String expression, double expected);

    /** Checks a value with a tolerance of your choice. */
    void checkClose(String expression, double expected, double tolerance);

    /** Checks an array; the student sees the expression and the expected array. */
    void checkClose(String expression, double[] expected);

    /**
     * Checks values already read (by {@link #evalDoubleArrays}, or a part of a result); the student sees
     * both arrays and the first entry that is off, worded as {@link #checkClose(String, double[])} words it.
     */
    void checkValues(String label, double[] got, double[] expected);

    /** As {@link #checkValues}, but the student sees only their own values and which entry is off. */
    void checkValuesHidden(String label, double[] got, double[] expected);

    /** Checks a value; the student sees only {@code label} and their own result, never the expected value. */
    void checkHidden(String label, String expression, double expected);

    /** Checks an array; the student sees only {@code label} and their own result. */
    void checkHidden(String label, String expression, double[] expected);

    /** Fails the test with a message for the student when {@code passed} is false. */
    void check(String label, boolean passed, String studentMessage);
}
