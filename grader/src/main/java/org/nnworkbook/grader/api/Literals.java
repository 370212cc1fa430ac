// Java source for test inputs, to send into the student's session: every hidden test needs it.
package org.nnworkbook.grader.api;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Writes test inputs as Java expressions for {@link Session#eval}, with every double written exactly
 * ({@link Double#toString} round-trips), and reads nested arrays back through a flat one:
 * <pre>
 * double[] dx = s.evalDoubleArray(Literals.flattened("linearBackwardDx(" + Literals.of(x) + ", " + Literals.of(w) + ")"));
 * </pre>
 */
public final class Literals {
    private Literals() {
    }

    /** {@code new double[] {0.5, -1.0E-7}}. */
    public static String of(double... values) {
        return Arrays.stream(values).mapToObj(Double::toString).collect(Collectors.joining(", ", "new double[] {", "}"));
    }

    /** {@code new int[] {1, 0, 2}}. */
    public static String of(int... values) {
        return Arrays.stream(values).mapToObj(Integer::toString).collect(Collectors.joining(", ", "new int[] {", "}"));
    }

    /** {@code new double[][] {{1.0, 2.0}, {3.0, 4.0}}}; rows may differ in length. */
    public static String of(double[][] rows) {
        return Arrays.stream(rows)
                .map(row -> Arrays.stream(row).mapToObj(Double::toString).collect(Collectors.joining(", ", "{", "}")))
                .collect(Collectors.joining(", ", "new double[][] {", "}"));
    }

    /**
     * An expression of type double[] with the entries of a double[][] expression, row after row: what
     * {@link Session#evalDoubleArray} reads (JShell shows nested arrays in a form that loses their entries).
     */
    public static String flattened(String matrixExpression) {
        return "java.util.Arrays.stream(" + matrixExpression + ").flatMapToDouble(java.util.Arrays::stream).toArray()";
    }
}
