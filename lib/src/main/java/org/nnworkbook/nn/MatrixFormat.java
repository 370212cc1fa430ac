// Text rendering of a matrix for toString (numpy-like, elided when large); not a parser.
package org.nnworkbook.nn;

import java.util.Locale;

/** Renders {@code Matrix [2, 3]} followed by aligned rows; large matrices show their corners only. */
final class MatrixFormat {
    private static final int EDGE = 3;     // rows / columns shown at each end of a large matrix
    private static final int FULL = 8;     // up to this many rows / columns are shown in full

    private MatrixFormat() {}

    static String format(int rows, int cols, double[] data) {
        int[] rowIdx = pick(rows);
        int[] colIdx = pick(cols);
        String[][] cells = new String[rowIdx.length][colIdx.length];
        int width = 1;
        for (int r = 0; r < rowIdx.length; r++) {
            for (int c = 0; c < colIdx.length; c++) {
                cells[r][c] = rowIdx[r] < 0 || colIdx[c] < 0 ? "..." : number(data[rowIdx[r] * cols + colIdx[c]]);
                width = Math.max(width, cells[r][c].length());
            }
        }
        StringBuilder sb = new StringBuilder("Matrix [").append(rows).append(", ").append(cols).append("]\n[");
        for (int r = 0; r < rowIdx.length; r++) {
            sb.append(r == 0 ? "[" : " [");
            for (int c = 0; c < colIdx.length; c++) {
                sb.append(" ".repeat(width - cells[r][c].length())).append(cells[r][c]);
                sb.append(c + 1 < colIdx.length ? ", " : "");
            }
            sb.append(r + 1 < rowIdx.length ? "],\n" : "]");
        }
        return sb.append("]").toString();
    }

    /** Indices to show; -1 marks the elision. */
    private static int[] pick(int n) {
        if (n <= FULL) {
            int[] all = new int[n];
            for (int i = 0; i < n; i++) {
                all[i] = i;
            }
            return all;
        }
        int[] some = new int[2 * EDGE + 1];
        for (int i = 0; i < EDGE; i++) {
            some[i] = i;
            some[EDGE + 1 + i] = n - EDGE + i;
        }
        some[EDGE] = -1;
        return some;
    }

    /** Four decimals for ordinary magnitudes, scientific notation for very large or small ones. */
    static String number(double v) {
        double a = Math.abs(v);
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return Double.toString(v);
        }
        if (a != 0 && (a >= 1e5 || a < 1e-4)) {
            return String.format(Locale.ROOT, "%.4e", v);
        }
        return String.format(Locale.ROOT, "%.4f", v);
    }
}
