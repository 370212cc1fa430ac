// Matrix-multiply kernels on row-major double[] storage; internal, reached through Matrix.matmul and the layers.
package org.nnworkbook.nn.internal;

import java.util.Arrays;

/**
 * {@code C = op(A) · op(B)} (or {@code C += ...}) for row-major arrays addressed through strides, so a
 * transpose is only a swap of strides and never a copy.
 *
 * <p>Why it looks like this: on Java 17 the JIT vectorises a loop over {@code j} only when every array
 * in it is indexed by plain {@code [j]} (an offset such as {@code c[row + j]} stops it). So we copy a
 * panel of {@code op(B)} into small separate row arrays ("packing"), keep a tile of {@code C} in
 * separate row arrays too, and run a register-blocked kernel that updates 4 rows of C with 2 rows of
 * B per pass: 8 fused multiply-adds per element for 6 loads and 4 stores, all in L1 cache. Tiles are
 * {@value #TILE} columns wide and panels {@value #DEPTH} rows deep (measured best on this class of
 * machine); C is done {@value #ROWS} rows at a time, which bounds the per-thread scratch memory.
 *
 * <p>Every element is summed the same way on every path: {@code s = fma(a_ip, b_pj, s)} for {@code p}
 * ascending, starting from {@code s = 0}, or from the current {@code C(i,j)} when accumulating. So
 * results do not depend on which path the shapes choose, and the same inputs always give
 * bit-identical outputs.
 */
public final class Gemm {
    static final int TILE = 64;
    static final int DEPTH = 64;
    /** Rows of C handled per block: bounds the scratch rows to ROWS × TILE doubles (128 KB). */
    static final int ROWS = 256;
    /** Below this many multiply-adds the direct triple loop is faster than packing. */
    static final long SMALL = 2048;

    private static final ThreadLocal<Workspace> WORKSPACE = ThreadLocal.withInitial(Workspace::new);

    private Gemm() {}

    /**
     * {@code C(i,j) (+)= Σ_p A(i,p)·B(p,j)} with {@code A(i,p) = a[i*ars + p*acs]},
     * {@code B(p,j) = b[p*brs + j*bcs]} and {@code C(i,j) = c[i*crs + j*ccs]}.
     */
    public static void multiply(int m, int n, int k,
                                double[] a, int ars, int acs,
                                double[] b, int brs, int bcs,
                                double[] c, int crs, int ccs, boolean accumulate) {
        if (m == 0 || n == 0) {
            return;
        }
        if ((long) m * n * k <= SMALL) {
            direct(m, n, k, a, ars, acs, b, brs, bcs, c, crs, ccs, accumulate);
        } else if (n < TILE && m > n) {
            // Vectors run along j; when C is tall and thin, compute Cᵀ = op(B)ᵀ·op(A)ᵀ instead.
            packed(n, m, k, b, bcs, brs, a, acs, ars, c, ccs, crs, accumulate);
        } else {
            packed(m, n, k, a, ars, acs, b, brs, bcs, c, crs, ccs, accumulate);
        }
    }

    private static void direct(int m, int n, int k, double[] a, int ars, int acs, double[] b, int brs, int bcs,
                               double[] c, int crs, int ccs, boolean accumulate) {
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                int at = i * crs + j * ccs;
                double s = accumulate ? c[at] : 0.0;
                for (int p = 0; p < k; p++) {
                    s = Math.fma(a[i * ars + p * acs], b[p * brs + j * bcs], s);
                }
                c[at] = s;
            }
        }
    }

    private static void packed(int m, int n, int k, double[] a, int ars, int acs, double[] b, int brs, int bcs,
                               double[] c, int crs, int ccs, boolean accumulate) {
        Workspace ws = WORKSPACE.get();
        double[][] cRows = ws.cRows(Math.min(m, ROWS));
        double[][] panel = ws.panel();
        for (int i0 = 0; i0 < m; i0 += ROWS) {             // a block of rows of C: bounds the scratch memory
            int rows = Math.min(ROWS, m - i0);
            int aRow = i0 * ars;
            int cRow = i0 * crs;
            for (int j0 = 0; j0 < n; j0 += TILE) {
                int w = Math.min(TILE, n - j0);
                load(cRows, rows, w, c, cRow, crs, ccs, j0, accumulate);
                for (int p0 = 0; p0 < k; p0 += DEPTH) {
                    int depth = Math.min(DEPTH, k - p0);
                    pack(b, brs, bcs, p0, depth, j0, w, panel);
                    int i = 0;
                    for (; i + 3 < rows; i += 4) {
                        fourRows(cRows, i, panel, depth, a, aRow + i * ars, ars, p0, acs, w);
                    }
                    for (; i < rows; i++) {
                        oneRow(cRows[i], panel, depth, a, aRow + i * ars, p0, acs, w);
                    }
                }
                store(cRows, rows, w, c, cRow, crs, ccs, j0);
            }
        }
    }

    /** Copies rows p0..p0+depth, columns j0..j0+w of op(B) into the panel's row arrays. */
    private static void pack(double[] b, int brs, int bcs, int p0, int depth, int j0, int w, double[][] panel) {
        for (int p = 0; p < depth; p++) {
            int from = (p0 + p) * brs + j0 * bcs;
            double[] row = panel[p];
            if (bcs == 1) {
                System.arraycopy(b, from, row, 0, w);
            } else {
                for (int j = 0; j < w; j++) {
                    row[j] = b[from + j * bcs];
                }
            }
        }
    }

    /** Starts the C tile at zero, or at C's current values when accumulating. */
    private static void load(double[][] cRows, int m, int w, double[] c, int cRow, int crs, int ccs, int j0,
                             boolean accumulate) {
        for (int i = 0; i < m; i++) {
            double[] row = cRows[i];
            int from = cRow + i * crs + j0 * ccs;
            if (!accumulate) {
                Arrays.fill(row, 0, w, 0.0);
            } else if (ccs == 1) {
                System.arraycopy(c, from, row, 0, w);
            } else {
                for (int j = 0; j < w; j++) {
                    row[j] = c[from + j * ccs];
                }
            }
        }
    }

    private static void store(double[][] cRows, int m, int w, double[] c, int cRow, int crs, int ccs, int j0) {
        for (int i = 0; i < m; i++) {
            double[] row = cRows[i];
            int to = cRow + i * crs + j0 * ccs;
            if (ccs == 1) {
                System.arraycopy(row, 0, c, to, w);
            } else {
                for (int j = 0; j < w; j++) {
                    c[to + j * ccs] = row[j];
                }
            }
        }
    }

    private static void fourRows(double[][] cRows, int i, double[][] panel, int depth,
                                 double[] a, int r0, int ars, int p0, int acs, int w) {
        double[] c0 = cRows[i], c1 = cRows[i + 1], c2 = cRows[i + 2], c3 = cRows[i + 3];
        int r1 = r0 + ars, r2 = r1 + ars, r3 = r2 + ars;
        int p = 0;
        for (; p + 1 < depth; p += 2) {
            int q0 = (p0 + p) * acs, q1 = q0 + acs;
            kernel4x2(c0, c1, c2, c3, panel[p], panel[p + 1],
                    a[r0 + q0], a[r0 + q1], a[r1 + q0], a[r1 + q1],
                    a[r2 + q0], a[r2 + q1], a[r3 + q0], a[r3 + q1], w);
        }
        if (p < depth) {
            int q = (p0 + p) * acs;
            kernel4x1(c0, c1, c2, c3, panel[p], a[r0 + q], a[r1 + q], a[r2 + q], a[r3 + q], w);
        }
    }

    private static void oneRow(double[] c0, double[][] panel, int depth, double[] a, int r0, int p0, int acs,
                               int w) {
        int p = 0;
        for (; p + 1 < depth; p += 2) {
            int q0 = (p0 + p) * acs;
            kernel1x2(c0, panel[p], panel[p + 1], a[r0 + q0], a[r0 + q0 + acs], w);
        }
        if (p < depth) {
            kernel1x1(c0, panel[p], a[r0 + (p0 + p) * acs], w);
        }
    }

    // The kernels: small on purpose, so the JIT compiles each one alone and vectorises its loop.

    static void kernel4x2(double[] c0, double[] c1, double[] c2, double[] c3, double[] b0, double[] b1,
                          double a00, double a01, double a10, double a11,
                          double a20, double a21, double a30, double a31, int w) {
        for (int j = 0; j < w; j++) {
            double v0 = b0[j], v1 = b1[j];
            c0[j] = Math.fma(a01, v1, Math.fma(a00, v0, c0[j]));
            c1[j] = Math.fma(a11, v1, Math.fma(a10, v0, c1[j]));
            c2[j] = Math.fma(a21, v1, Math.fma(a20, v0, c2[j]));
            c3[j] = Math.fma(a31, v1, Math.fma(a30, v0, c3[j]));
        }
    }

    static void kernel4x1(double[] c0, double[] c1, double[] c2, double[] c3, double[] b0,
                          double a0, double a1, double a2, double a3, int w) {
        for (int j = 0; j < w; j++) {
            double v0 = b0[j];
            c0[j] = Math.fma(a0, v0, c0[j]);
            c1[j] = Math.fma(a1, v0, c1[j]);
            c2[j] = Math.fma(a2, v0, c2[j]);
            c3[j] = Math.fma(a3, v0, c3[j]);
        }
    }

    static void kernel1x2(double[] c0, double[] b0, double[] b1, double a0, double a1, int w) {
        for (int j = 0; j < w; j++) {
            c0[j] = Math.fma(a1, b1[j], Math.fma(a0, b0[j], c0[j]));
        }
    }

    static void kernel1x1(double[] c0, double[] b0, double a0, int w) {
        for (int j = 0; j < w; j++) {
            c0[j] = Math.fma(a0, b0[j], c0[j]);
        }
    }

    /** Per-thread scratch rows, grown on demand and reused, so a training step allocates none. */
    private static final class Workspace {
        private double[][] cRows = new double[0][];
        private final double[][] panel = new double[DEPTH][TILE];

        double[][] cRows(int m) {
            if (cRows.length < m) {
                double[][] grown = Arrays.copyOf(cRows, Math.max(m, 2 * cRows.length));
                for (int i = cRows.length; i < grown.length; i++) {
                    grown[i] = new double[TILE];
                }
                cRows = grown;
            }
            return cRows;
        }

        double[][] panel() {
            return panel;
        }
    }
}
