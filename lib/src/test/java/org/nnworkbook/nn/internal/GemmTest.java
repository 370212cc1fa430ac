// The packed multiply kernels against the definition, bit for bit, on every layout and remainder path.
package org.nnworkbook.nn.internal;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.nnworkbook.testing.MatrixAssertions.assertClose;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nnworkbook.nn.Matrix;

/** The packed kernels against the definition Σ_p A(i,p)·B(p,j), on shapes that hit every path and remainder. */
class GemmTest {

    /** The definition, summed in the order the kernels promise: fma over p ascending. */
    private static Matrix reference(Matrix a, Matrix b, Matrix c0) {
        Matrix c = c0 == null ? Matrix.zeros(a.rows(), b.cols()) : c0.copy();
        for (int i = 0; i < a.rows(); i++) {
            for (int j = 0; j < b.cols(); j++) {
                double s = c.get(i, j);
                for (int p = 0; p < a.cols(); p++) {
                    s = Math.fma(a.get(i, p), b.get(p, j), s);
                }
                c.set(i, j, s);
            }
        }
        return c;
    }

    @ParameterizedTest(name = "[{0} x {1}] · [{1} x {2}]")
    @CsvSource({"1,1,1", "2,3,4", "5,7,3", "4,64,64", "7,65,129", "32,64,128", "32,128,10", "128,32,10",
            "10,128,32", "9,1,70", "33,130,5", "3,200,2", "300,70,65", "520,3,9"})
    void every_layout_matches_the_definition_bit_for_bit(int m, int k, int n) {
        Matrix a = Matrix.randn(m, k, 1);
        Matrix b = Matrix.randn(k, n, 2);
        Matrix c0 = Matrix.randn(m, n, 3);
        Matrix at = a.transpose();
        Matrix bt = b.transpose();
        Matrix expected = reference(a, b, null);
        Matrix expectedAcc = reference(a, b, c0);

        Matrix plain = Matrix.zeros(m, n);
        Gemm.multiply(m, n, k, a.data(), k, 1, b.data(), n, 1, plain.data(), n, 1, false);
        Matrix transA = Matrix.zeros(m, n);
        Gemm.multiply(m, n, k, at.data(), 1, m, b.data(), n, 1, transA.data(), n, 1, false);
        Matrix transB = Matrix.zeros(m, n);
        Gemm.multiply(m, n, k, a.data(), k, 1, bt.data(), 1, k, transB.data(), n, 1, false);
        Matrix intoTransposedC = Matrix.zeros(n, m);
        Gemm.multiply(m, n, k, a.data(), k, 1, b.data(), n, 1, intoTransposedC.data(), 1, m, false);
        Matrix accumulated = c0.copy();
        Gemm.multiply(m, n, k, a.data(), k, 1, b.data(), n, 1, accumulated.data(), n, 1, true);

        assertAll(
                () -> assertEquals(expected, plain),
                () -> assertEquals(expected, transA),
                () -> assertEquals(expected, transB),
                () -> assertEquals(expected.transpose(), intoTransposedC),
                () -> assertEquals(expectedAcc, accumulated),
                () -> assertClose(expected, a.matmul(b), 0));
    }

    @ParameterizedTest(name = "n = {0}")
    @CsvSource({"256", "300"})
    void large_products_match_a_plain_triple_loop(int n) {
        Matrix a = Matrix.randn(n, n, 4);
        Matrix b = Matrix.randn(n, n, 5);
        Matrix c = a.matmul(b);
        double[] expected = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int p = 0; p < n; p++) {
                for (int j = 0; j < n; j++) {
                    expected[i * n + j] += a.data()[i * n + p] * b.data()[p * n + j];
                }
            }
        }
        // different rounding order than the fma kernels, hence a tolerance
        assertClose(Matrix.wrap(n, n, expected), c, 1e-11);
    }
}
