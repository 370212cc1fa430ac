// Java source for test inputs, to send into the student's session: every hidden test needs it.
package org.nnworkbook.grader.api;

import java.util.Arrays;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Writes test inputs as Java source for {@link Session#eval}, with every double written exactly
 * ({@link Double#toString} round-trips), and reads nested arrays back through a flat one:
 * <pre>
 * double[] dx = s.evalDoubleArray(Literals.flattened(Literals.call("linearGradX", g, w)));
 * //  java.util.Arrays.stream(linearGradX(new double[][] {{1.0, -2.0}}, new double[][] {{0.5}, {2.0}})).flatMapToDouble(...)...
 * </pre>
 */
public final class Literals {
    private Literals() {
    }

    /** {@code new double[] {0.5, -1.0E-7}}. */
    public static String of(double... values) {
        return Arrays.stream(values).mapToObj(Literals::number).collect(Collectors.joining(", ", "new double[] {", "}"));
    }

    /** {@code new int[] {1, 0, 2}}. */
    public static String of(int... values) {
        return Arrays.stream(values).mapToObj(Integer::toString).collect(Collectors.joining(", ", "new int[] {", "}"));
    }

    /** {@code new double[][] {{1.0, 2.0}, {3.0, 4.0}}}; rows may differ in length. */
    public static String of(double[][] rows) {
        return Arrays.stream(rows)
                .map(row -> Arrays.stream(row).mapToObj(Literals::number).collect(Collectors.joining(", ", "{", "}")))
                .collect(Collectors.joining(", ", "new double[][] {", "}"));
    }

    /** One double as source: {@code -0.3}, {@code 1.0E-8}, and {@code Double.NaN} or {@code Double.POSITIVE_INFINITY}. */
    public static String number(double value) {
        if (Double.isNaN(value)) {
            return "Double.NaN";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "Double.POSITIVE_INFINITY" : "Double.NEGATIVE_INFINITY";
        }
        return Double.toString(value);
    }

    /**
     * A call of the student's method with each argument written as source:
     * {@code call("mse", new double[] {1, 2}, new double[] {0, 2})} is
     * {@code mse(new double[] {1.0, 2.0}, new double[] {0.0, 2.0})}. Arguments may be {@code double[]},
     * {@code int[]}, {@code double[][]}, numbers and booleans; a {@code String} is Java source put in as it is
     * (a variable of the block around it, or another call).
     */
    public static String call(String method, Object... arguments) {
        // A lone double[][] is an Object[] to Java, so it arrives as the arguments array itself, not inside one.
        Object[] values = arguments.getClass() == Object[].class ? arguments : new Object[] {arguments};
        return Stream.of(values).map(Literals::argument).collect(Collectors.joining(", ", method + "(", ")"));
    }

    private static String argument(Object value) {
        if (value instanceof double[] a) {
            return of(a);
        } else if (value instanceof int[] a) {
            return of(a);
        } else if (value instanceof double[][] m) {
            return of(m);
        } else if (value instanceof Double || value instanceof Float) {
            return number(((Number) value).doubleValue());
        } else if (value instanceof Integer || value instanceof Boolean || value instanceof String) {
            return value.toString();
        } else if (value instanceof Long l) {
            return l + "L";
        }
        throw new IllegalArgumentException("Literals.call cannot write " + (value == null ? "null" : "a " + value.getClass().getSimpleName())
                + " as source; pass double[], int[], double[][], a number, a boolean, or source code as a String");
    }

    /**
     * An expression of type double[] with the entries of a double[][] expression, row after row: what
     * {@link Session#evalDoubleArray} reads (JShell shows nested arrays in a form that loses their entries).
     */
    public static String flattened(String matrixExpression) {
        return "java.util.Arrays.stream(" + matrixExpression + ").flatMapToDouble(java.util.Arrays::stream).toArray()";
    }

    /**
     * Statements ending in {@code return ...;} as one expression of type double[], for a test that sets up
     * variables, calls the student's code on them and reads what changed:
     * {@code block("double[] t = {1, 2}; sgdStep(t, g, 0.1); return t;")}.
     */
    public static String block(String statements) {
        return "((java.util.function.Supplier<double[]>) () -> { " + statements + " }).get()";
    }
}
