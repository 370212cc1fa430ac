// A dense double matrix, row-major, with the operations the course needs; not a general linear-algebra package.
package org.nnworkbook.nn;

import java.util.Arrays;
import java.util.Random;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;
import org.nnworkbook.nn.internal.Check;
import org.nnworkbook.nn.internal.Gemm;

/**
 * A {@code [rows, cols]} matrix of doubles stored row by row in one array. Operations return a new matrix
 * and leave the receiver alone, so calls chain; the few that change the receiver end in {@code InPlace}
 * (and {@link #set}). Shapes that do not fit throw {@link ShapeException}.
 *
 * <pre>{@code
 * jshell> var x = Matrix.of(new double[][] {{1, 2}, {3, 4}});
 * jshell> var w = Matrix.of(2, 3, 1, 0, 1,
 *    ...>                         0, 1, 1);
 * jshell> x.matmul(w).add(Matrix.row(0.5, 0.5, 0.5))      // [2, 2] · [2, 3] + [1, 3] → [2, 3]
 * $3 ==> Matrix [2, 3]
 * [[1.5000, 2.5000, 3.5000],
 *  [3.5000, 4.5000, 7.5000]]
 * }</pre>
 *
 * Element-wise operations broadcast the other operand NumPy-style when it is a single row
 * {@code [1, cols]} (a bias), a single column {@code [rows, 1]}, or {@code [1, 1]}.
 *
 * <p><b>Values and identity.</b> A matrix is mutable (the training loop updates weights in place), and
 * {@code equals} compares its current shape and elements exactly, so tests can write
 * {@code assertEquals(expected, actual)}. {@code hashCode} depends on the shape alone, which a matrix
 * cannot change, so a matrix put in a hash set is still found there after its elements change.
 */
public final class Matrix {
    private final int rows;
    private final int cols;
    private final double[] data;

    private Matrix(int rows, int cols, double[] data) {
        this.rows = rows;
        this.cols = cols;
        this.data = data;
    }

    // ---- factories -------------------------------------------------------------------------------

    /** From nested arrays, one inner array per row; all rows must have the same length. */
    public static Matrix of(double[][] values) {
        if (values.length == 0) {
            return new Matrix(0, 0, new double[0]);
        }
        int c = values[0].length;
        double[] d = new double[values.length * c];
        for (int i = 0; i < values.length; i++) {
            if (values[i].length != c) {
                throw new IllegalArgumentException("Matrix.of: row " + i + " has " + values[i].length
                        + " values but row 0 has " + c + "; every row needs the same number of values");
            }
            System.arraycopy(values[i], 0, d, i * c, c);
        }
        return new Matrix(values.length, c, d);
    }

    /** {@code rows × cols} values given row by row. */
    public static Matrix of(int rows, int cols, double... values) {
        MatrixChecks.size(rows, cols);
        if (values.length != rows * cols) {
            throw new IllegalArgumentException("Matrix.of: a [" + rows + ", " + cols + "] matrix needs "
                    + rows * cols + " values, got " + values.length);
        }
        return new Matrix(rows, cols, values.clone());
    }

    /** Uses {@code data} as the storage without copying: later changes to either show in both. */
    public static Matrix wrap(int rows, int cols, double[] data) {
        MatrixChecks.size(rows, cols);
        if (data.length != rows * cols) {
            throw new IllegalArgumentException("Matrix.wrap: a [" + rows + ", " + cols + "] matrix needs an array of "
                    + rows * cols + " values, got " + data.length);
        }
        return new Matrix(rows, cols, data);
    }

    /** A single row {@code [1, n]}: a vector, or a bias to add to every row. */
    public static Matrix row(double... values) { return new Matrix(1, values.length, values.clone()); }

    /** A single column {@code [n, 1]}: for instance regression targets or class labels. */
    public static Matrix column(double... values) { return new Matrix(values.length, 1, values.clone()); }

    public static Matrix zeros(int rows, int cols) {
        MatrixChecks.size(rows, cols);
        return new Matrix(rows, cols, new double[rows * cols]);
    }

    public static Matrix ones(int rows, int cols) { return full(rows, cols, 1.0); }

    public static Matrix full(int rows, int cols, double value) {
        Matrix m = zeros(rows, cols);
        Arrays.fill(m.data, value);
        return m;
    }

    public static Matrix identity(int n) {
        Matrix m = zeros(n, n);
        for (int i = 0; i < n; i++) {
            m.data[i * n + i] = 1.0;
        }
        return m;
    }

    /** Element {@code (i, j)} is {@code f(i, j)}. */
    public static Matrix generate(int rows, int cols, IndexFunction f) {
        Matrix m = zeros(rows, cols);
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                m.data[i * cols + j] = f.at(i, j);
            }
        }
        return m;
    }

    /** Row {@code i} has a 1 in column {@code labels[i]}: {@code [labels.length, classes]}. */
    public static Matrix oneHot(int[] labels, int classes) {
        Check.positive("classes", classes);
        Matrix m = zeros(labels.length, classes);
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] < 0 || labels[i] >= classes) {
                throw new IllegalArgumentException("Matrix.oneHot: label " + labels[i] + " at row " + i
                        + " is outside 0.." + (classes - 1) + "; check the number of classes");
            }
            m.data[i * classes + labels[i]] = 1.0;
        }
        return m;
    }

    /** Standard normal entries from the given seed: the same seed always gives the same matrix. */
    public static Matrix randn(int rows, int cols, long seed) { return randn(rows, cols, new Random(seed)); }

    /** Standard normal entries drawn from {@code rng}. */
    public static Matrix randn(int rows, int cols, Random rng) {
        Matrix m = zeros(rows, cols);
        for (int i = 0; i < m.data.length; i++) {
            m.data[i] = rng.nextGaussian();
        }
        return m;
    }

    /** Standard normal entries from the library's default sequence (see {@link RandomSource}). */
    public static Matrix randn(int rows, int cols) { return randn(rows, cols, RandomSource.next()); }

    /** Entries uniform in {@code [low, high)} from the given seed. */
    public static Matrix uniform(int rows, int cols, double low, double high, long seed) {
        return uniform(rows, cols, low, high, new Random(seed));
    }

    /** Entries uniform in {@code [low, high)} drawn from {@code rng}. */
    public static Matrix uniform(int rows, int cols, double low, double high, Random rng) {
        if (!(low < high)) {
            throw new IllegalArgumentException("Matrix.uniform: need low < high, got " + low + ", " + high);
        }
        Matrix m = zeros(rows, cols);
        for (int i = 0; i < m.data.length; i++) {
            m.data[i] = low + (high - low) * rng.nextDouble();
        }
        return m;
    }

    // ---- shape and elements ----------------------------------------------------------------------

    public int rows() { return rows; }
    public int cols() { return cols; }
    public int size() { return data.length; }

    /** The shape {@code [rows, cols]}; its text is {@code "[rows, cols]"}. */
    public Shape shape() { return new Shape(rows, cols); }

    public double get(int i, int j) {
        MatrixChecks.index(this, i, j);
        return data[i * cols + j];
    }

    /** Changes one element of this matrix (for hand-set weights) and returns this matrix. */
    public Matrix set(int i, int j, double value) {
        MatrixChecks.index(this, i, j);
        data[i * cols + j] = value;
        return this;
    }

    /**
     * The live row-major storage: element {@code (i, j)} is {@code data()[i * cols() + j]}. Writing to it
     * changes this matrix; meant for fast loops in the library and for advanced use.
     */
    public double[] data() { return data; }

    /** A copy as nested arrays. */
    public double[][] toArray() {
        double[][] out = new double[rows][];
        for (int i = 0; i < rows; i++) {
            out[i] = Arrays.copyOfRange(data, i * cols, (i + 1) * cols);
        }
        return out;
    }

    /** The single value of a {@code [1, 1]} matrix. */
    public double item() {
        if (size() != 1) {
            throw ShapeException.in("Matrix.item").problem("only a [1, 1] matrix has a single item")
                    .shape("this", this).hint("use get(i, j), or reduce first with sum() or mean()").build();
        }
        return data[0];
    }

    public Matrix copy() { return new Matrix(rows, cols, data.clone()); }

    /** Row {@code i} as a {@code [1, cols]} matrix. */
    public Matrix getRow(int i) { return sliceRows(i, i + 1); }

    /** Column {@code j} as a {@code [rows, 1]} matrix. */
    public Matrix getColumn(int j) {
        MatrixChecks.index(this, 0, j);
        Matrix m = zeros(rows, 1);
        for (int i = 0; i < rows; i++) {
            m.data[i] = data[i * cols + j];
        }
        return m;
    }

    /** Rows {@code from} (inclusive) to {@code to} (exclusive): a mini-batch. */
    public Matrix sliceRows(int from, int to) {
        if (from < 0 || to > rows || from > to) {
            throw new IllegalArgumentException("Matrix.sliceRows: rows " + from + ".." + to
                    + " are outside 0.." + rows + " of a " + shape() + " matrix");
        }
        return new Matrix(to - from, cols, Arrays.copyOfRange(data, from * cols, to * cols));
    }

    /** The rows at the given indices, in that order (indices may repeat). */
    public Matrix selectRows(int... indices) {
        Matrix m = zeros(indices.length, cols);
        for (int r = 0; r < indices.length; r++) {
            if (indices[r] < 0 || indices[r] >= rows) {
                throw new IllegalArgumentException("Matrix.selectRows: index " + indices[r]
                        + " is outside 0.." + (rows - 1) + " of a " + shape() + " matrix");
            }
            System.arraycopy(data, indices[r] * cols, m.data, r * cols, cols);
        }
        return m;
    }

    // ---- linear algebra --------------------------------------------------------------------------

    /** Matrix product {@code this [m, k] · other [k, n] → [m, n]}. */
    public Matrix matmul(Matrix other) {
        if (cols != other.rows) {
            throw ShapeException.in("Matrix.matmul")
                    .problem("inner dimensions differ (%d columns vs %d rows)", cols, other.rows)
                    .shape("this", this).shape("other", other)
                    .hint("a.matmul(b) needs a.cols() == b.rows(); maybe one side needs .transpose()").build();
        }
        Matrix out = zeros(rows, other.cols);
        Gemm.multiply(rows, other.cols, cols, data, cols, 1, other.data, other.cols, 1, out.data, other.cols, 1, false);
        return out;
    }

    /** {@code [rows, cols] → [cols, rows]}. */
    public Matrix transpose() {
        Matrix t = zeros(cols, rows);
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                t.data[j * rows + i] = data[i * cols + j];
            }
        }
        return t;
    }

    // ---- element-wise (new matrices) --------------------------------------------------------------

    public Matrix add(Matrix other) { return zip("add", other, Double::sum); }
    public Matrix sub(Matrix other) { return zip("sub", other, (a, b) -> a - b); }

    /** Element-wise (Hadamard) product; for the matrix product use {@link #matmul}. */
    public Matrix mul(Matrix other) { return zip("mul", other, (a, b) -> a * b); }
    public Matrix div(Matrix other) { return zip("div", other, (a, b) -> a / b); }
    public Matrix add(double s) { return map(v -> v + s); }
    public Matrix sub(double s) { return map(v -> v - s); }
    public Matrix mul(double s) { return map(v -> v * s); }
    public Matrix div(double s) { return map(v -> v / s); }
    public Matrix neg() { return map(v -> -v); }
    public Matrix exp() { return map(Math::exp); }
    public Matrix log() { return map(Math::log); }
    public Matrix abs() { return map(Math::abs); }
    public Matrix pow(double exponent) { return map(v -> Math.pow(v, exponent)); }

    /** {@code f} applied to every element. */
    public Matrix map(DoubleUnaryOperator f) { return copy().mapInPlace(f); }

    /** {@code f(this(i,j), other(i,j))}, broadcasting {@code other} as described in the class comment. */
    public Matrix zip(Matrix other, DoubleBinaryOperator f) { return zip("zip", other, f); }

    private Matrix zip(String op, Matrix other, DoubleBinaryOperator f) {
        MatrixChecks.broadcast(this, op, other);
        Matrix out = zeros(rows, cols);
        for (int i = 0; i < rows; i++) {
            int oi = other.rows == 1 ? 0 : i;
            for (int j = 0; j < cols; j++) {
                int oj = other.cols == 1 ? 0 : j;
                out.data[i * cols + j] = f.applyAsDouble(data[i * cols + j], other.data[oi * other.cols + oj]);
            }
        }
        return out;
    }

    // ---- reductions -------------------------------------------------------------------------------

    public double sum() {
        double s = 0;
        for (double v : data) {
            s += v;
        }
        return s;
    }

    public double mean() { return sum() / data.length; }

    /** NumPy's {@code sum(axis)}: axis 0 sums down the columns → {@code [1, cols]}; axis 1 across rows → {@code [rows, 1]}. */
    public Matrix sum(int axis) {
        MatrixChecks.axis(axis);
        Matrix out = axis == 0 ? zeros(1, cols) : zeros(rows, 1);
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                out.data[axis == 0 ? j : i] += data[i * cols + j];
            }
        }
        return out;
    }

    /** Mean along an axis, shaped like {@link #sum(int)}. */
    public Matrix mean(int axis) { return sum(axis).div(axis == 0 ? rows : cols); }
    public double max() { return Arrays.stream(data).max().orElse(Double.NaN); }
    public double min() { return Arrays.stream(data).min().orElse(Double.NaN); }

    /** For each row, the column of its largest value (the first one on ties): predicted classes. */
    public int[] argmaxPerRow() {
        int[] out = new int[rows];
        for (int i = 0; i < rows; i++) {
            out[i] = argmax(data, i * cols, cols);
        }
        return out;
    }

    /** Per row, so the JIT compiles it early (the training loop calls argmaxPerRow once per batch). */
    private static int argmax(double[] data, int from, int length) {
        int best = 0;
        for (int j = 1; j < length; j++) {
            if (data[from + j] > data[from + best]) {
                best = j;
            }
        }
        return best;
    }

    /** Frobenius norm: the square root of the sum of squares (a gradient's size). */
    public double norm() {
        double s = 0;
        for (double v : data) {
            s += v * v;
        }
        return Math.sqrt(s);
    }

    // ---- comparison -------------------------------------------------------------------------------

    /** Largest {@code |this(i,j) - other(i,j)|}; shapes must match. */
    public double maxAbsDiff(Matrix other) {
        MatrixChecks.sameShape(this, "maxAbsDiff", other);
        double m = 0;
        for (int i = 0; i < data.length; i++) {
            m = Math.max(m, Math.abs(data[i] - other.data[i]));
        }
        return m; // NaN if any element is NaN: Math.max propagates it
    }

    /** True when shapes match and every pair of elements differs by at most {@code tolerance}. */
    public boolean isClose(Matrix other, double tolerance) {
        return rows == other.rows && cols == other.cols && maxAbsDiff(other) <= tolerance;
    }

    /**
     * Exact equality of shape and every element, as now (use {@link #isClose} for computed results): two
     * matrices are equal while they hold the same numbers, and stop being equal when one of them changes.
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof Matrix && ((Matrix) o).rows == rows && ((Matrix) o).cols == cols
                && Arrays.equals(((Matrix) o).data, data);
    }

    /**
     * From the shape only, which never changes: a matrix in a {@code HashSet} or used as a {@code HashMap}
     * key is still found after {@code set} or an {@code ...InPlace} changes its elements (a hash of the
     * elements would file it under a stale bucket and lose it). Many matrices of one shape in one hash
     * table share a bucket, which is slow but never wrong.
     */
    @Override
    public int hashCode() { return 31 * rows + cols; }

    @Override
    public String toString() { return MatrixFormat.format(rows, cols, data); }

    // ---- in place (change this matrix, return it) ---------------------------------------------------

    public Matrix addInPlace(Matrix other) {
        MatrixChecks.sameShape(this, "addInPlace", other);
        for (int i = 0; i < data.length; i++) {
            data[i] += other.data[i];
        }
        return this;
    }

    public Matrix subInPlace(Matrix other) { return addScaledInPlace(-1.0, other); }

    /** {@code this += alpha · other}: the update of gradient descent. */
    public Matrix addScaledInPlace(double alpha, Matrix other) {
        MatrixChecks.sameShape(this, "addScaledInPlace", other);
        for (int i = 0; i < data.length; i++) {
            data[i] = Math.fma(alpha, other.data[i], data[i]);
        }
        return this;
    }

    public Matrix mulInPlace(Matrix other) {
        MatrixChecks.sameShape(this, "mulInPlace", other);
        for (int i = 0; i < data.length; i++) {
            data[i] *= other.data[i];
        }
        return this;
    }

    public Matrix scaleInPlace(double s) {
        for (int i = 0; i < data.length; i++) {
            data[i] *= s;
        }
        return this;
    }

    public Matrix mapInPlace(DoubleUnaryOperator f) {
        for (int i = 0; i < data.length; i++) {
            data[i] = f.applyAsDouble(data[i]);
        }
        return this;
    }

    public Matrix fillInPlace(double value) {
        Arrays.fill(data, value);
        return this;
    }

    /** Copies {@code other}'s elements into this matrix (same shape). */
    public Matrix assignInPlace(Matrix other) {
        MatrixChecks.sameShape(this, "assignInPlace", other);
        System.arraycopy(other.data, 0, data, 0, data.length);
        return this;
    }

    /** Element {@code (i, j)} of a matrix being generated. */
    @FunctionalInterface
    public interface IndexFunction {
        double at(int i, int j);
    }
}
