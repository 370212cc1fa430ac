// The one exception type for shape mismatches; not used for other bad input (those are IllegalArgumentException).
package org.nnworkbook.nn;

import java.util.ArrayList;
import java.util.List;

/**
 * Thrown when the shapes given to an operation do not fit together. The message always names the
 * operation, lists every shape involved and ends with a hint, for instance:
 *
 * <pre>
 * Linear.forward: input has 3 features but the layer expects 4
 *   input  [32, 3]
 *   weight [4, 10]
 *   hint: check the `in` argument of new Linear(in, out)
 * </pre>
 *
 * Build one with {@link #in(String)}:
 * <pre>{@code
 * throw ShapeException.in("Matrix.matmul")
 *     .problem("inner dimensions differ (%d columns vs %d rows)", a.cols(), b.rows())
 *     .shape("this", a).shape("other", b)
 *     .hint("a.matmul(b) needs a.cols() == b.rows()")
 *     .build();
 * }</pre>
 */
public final class ShapeException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String operation;
    private final String hint;

    private ShapeException(String operation, String message, String hint) {
        super(message);
        this.operation = operation;
        this.hint = hint;
    }

    /** The operation that failed, e.g. {@code "Linear.forward"}. */
    public String operation() {
        return operation;
    }

    /** The hint line's text (without the {@code "hint: "} prefix). */
    public String hint() {
        return hint;
    }

    /** Starts a message about the named operation. */
    public static Builder in(String operation) {
        return new Builder(operation);
    }

    /** Formats a shape the way every message shows it: {@code [rows, cols]}. */
    public static String format(int rows, int cols) {
        return "[" + rows + ", " + cols + "]";
    }

    /** Collects the parts of a {@link ShapeException} message. */
    public static final class Builder {
        private final String operation;
        private String problem = "shapes do not fit";
        private final List<String[]> shapes = new ArrayList<>();
        private String hint = "print the shapes with .shape() and compare them";

        private Builder(String operation) {
            this.operation = operation;
        }

        /** What went wrong, as a {@link String#format} pattern. */
        public Builder problem(String format, Object... args) {
            this.problem = String.format(format, args);
            return this;
        }

        /** Adds one labelled shape line. */
        public Builder shape(String label, Matrix m) {
            return shape(label, m.rows(), m.cols());
        }

        /** Adds one labelled shape line from raw sizes. */
        public Builder shape(String label, int rows, int cols) {
            shapes.add(new String[] {label, format(rows, cols)});
            return this;
        }

        /** What to try; every message has one. */
        public Builder hint(String format, Object... args) {
            this.hint = String.format(format, args);
            return this;
        }

        public ShapeException build() {
            int width = 0;
            for (String[] s : shapes) {
                width = Math.max(width, s[0].length());
            }
            StringBuilder sb = new StringBuilder(operation).append(": ").append(problem);
            for (String[] s : shapes) {
                sb.append("\n  ").append(s[0]).append(" ".repeat(width - s[0].length() + 1)).append(s[1]);
            }
            sb.append("\n  hint: ").append(hint);
            return new ShapeException(operation, sb.toString(), hint);
        }
    }
}
