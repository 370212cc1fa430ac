// The answer to Tab: what may replace which part of the cell.
package org.nnworkbook.kernel.help;

import java.util.List;

/**
 * Options for Tab, each replacing the cell's characters {@code [start, end)} (the identifier prefix before the
 * cursor; {@code start == end} when there is none), counted in Unicode code points as Jupyter counts them. Maps one to one onto Jupyter's complete_reply
 * ({@code matches}, {@code cursor_start}, {@code cursor_end}).
 *
 * @param options what may be typed there, best first, no duplicates ({@code "boundary("}, {@code "Matrix"})
 * @param start   first character replaced
 * @param end     one past the last character replaced (the cursor)
 */
public record Completion(List<String> options, int start, int end) {

    public Completion {
        options = List.copyOf(options);
    }

    /** No options: Tab does nothing. */
    public static Completion none(int cursor) {
        return new Completion(List.of(), cursor, cursor);
    }
}
