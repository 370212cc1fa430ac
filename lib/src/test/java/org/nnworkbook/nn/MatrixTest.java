// Matrix: factories, products, broadcasting, reductions, slicing, in-place variants, text and argument errors.
package org.nnworkbook.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nnworkbook.testing.MatrixAssertions.argumentError;
import static org.nnworkbook.testing.MatrixAssertions.assertClose;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MatrixTest {
    private final Matrix a = Matrix.of(new double[][] {{1, 2, 3}, {4, 5, 6}});

    @Test
    void factories_build_the_described_matrices() {
        assertAll(
                () -> assertEquals(a, Matrix.of(2, 3, 1, 2, 3, 4, 5, 6)),
                () -> assertEquals(new Shape(1, 3), Matrix.row(1, 2, 3).shape()),
                () -> assertEquals("[3, 1]", Matrix.column(1, 2, 3).shape().toString()),
                () -> assertEquals(0.0, Matrix.zeros(2, 2).sum()),
                () -> assertEquals(6.0, Matrix.ones(2, 3).sum()),
                () -> assertEquals(Matrix.of(2, 2, 7, 7, 7, 7), Matrix.full(2, 2, 7)),
                () -> assertEquals(Matrix.of(2, 2, 1, 0, 0, 1), Matrix.identity(2)),
                () -> assertEquals(Matrix.of(2, 2, 0, 1, 10, 11), Matrix.generate(2, 2, (i, j) -> 10 * i + j)),
                () -> assertEquals(Matrix.of(3, 2, 0, 1, 1, 0, 0, 1), Matrix.oneHot(new int[] {1, 0, 1}, 2)));
    }

    @Test
    void of_copies_its_input_but_wrap_shares_it() {
        double[] values = {1, 2, 3, 4};
        Matrix copied = Matrix.of(2, 2, values);
        Matrix wrapped = Matrix.wrap(2, 2, values);
        values[0] = 99;
        assertAll(() -> assertEquals(1.0, copied.get(0, 0)), () -> assertEquals(99.0, wrapped.get(0, 0)));
    }

    @Test
    void same_seed_gives_bit_identical_random_matrices_and_other_seeds_differ() {
        assertAll(
                () -> assertEquals(Matrix.randn(5, 7, 42), Matrix.randn(5, 7, 42)),
                () -> assertNotEquals(Matrix.randn(5, 7, 42), Matrix.randn(5, 7, 43)),
                () -> assertEquals(Matrix.uniform(3, 3, -1, 1, 9), Matrix.uniform(3, 3, -1, 1, new Random(9))));
    }

    @Test
    void random_matrices_have_the_requested_distribution() {
        Matrix n = Matrix.randn(200, 200, 1);
        Matrix u = Matrix.uniform(200, 200, 2, 4, 1);
        assertAll(
                () -> assertEquals(0.0, n.mean(), 0.01),
                () -> assertEquals(1.0, n.pow(2).mean(), 0.02),
                () -> assertThat(u.min()).isGreaterThanOrEqualTo(2.0),
                () -> assertThat(u.max()).isLessThan(4.0),
                () -> assertEquals(3.0, u.mean(), 0.01));
    }

    @Test
    void matmul_multiplies_rows_by_columns() {
        Matrix b = Matrix.of(3, 2, 1, 0, 0, 1, 1, 1);
        // [1 2 3]·[[1,0],[0,1],[1,1]] = [1+3, 2+3]
        assertEquals(Matrix.of(2, 2, 4, 5, 10, 11), a.matmul(b));
    }

    @Test
    void transpose_swaps_rows_and_columns() {
        assertAll(
                () -> assertEquals(Matrix.of(3, 2, 1, 4, 2, 5, 3, 6), a.transpose()),
                () -> assertEquals(a, a.transpose().transpose()));
    }

    @Test
    void element_wise_operations_and_bias_broadcast() {
        Matrix bias = Matrix.row(10, 20, 30);
        Matrix col = Matrix.column(1, 2);
        assertAll(
                () -> assertEquals(Matrix.of(2, 3, 11, 22, 33, 14, 25, 36), a.add(bias)),
                () -> assertEquals(Matrix.of(2, 3, 1, 2, 3, 8, 10, 12), a.mul(col)),
                () -> assertEquals(Matrix.of(2, 3, 0, 0, 0, 0, 0, 0), a.sub(a)),
                () -> assertEquals(Matrix.of(2, 3, 1, 1, 1, 1, 1, 1), a.div(a)),
                () -> assertEquals(Matrix.of(2, 3, 2, 3, 4, 5, 6, 7), a.add(1)),
                () -> assertEquals(Matrix.of(2, 3, 2, 4, 6, 8, 10, 12), a.mul(2)),
                () -> assertEquals(Matrix.of(2, 3, -1, -2, -3, -4, -5, -6), a.neg()),
                () -> assertEquals(Matrix.of(2, 3, 1, 4, 9, 16, 25, 36), a.pow(2)),
                () -> assertEquals(Matrix.of(2, 3, 1, 4, 9, 16, 25, 36), a.map(v -> v * v)),
                () -> assertClose(Matrix.of(1, 2, 0, 1), Matrix.of(1, 2, 1, Math.E).log(), 1e-15),
                () -> assertEquals(Matrix.of(2, 3, 1, 2, 3, 4, 5, 6), a.neg().abs()));
    }

    @Test
    void operations_return_new_matrices_and_leave_the_receiver_alone() {
        Matrix before = a.copy();
        a.add(1);
        a.matmul(a.transpose());
        a.transpose();
        a.map(Math::exp);
        assertEquals(before, a);
    }

    @Test
    void in_place_variants_change_the_receiver_and_return_it() {
        Matrix m = Matrix.of(1, 3, 1, 2, 3);
        Matrix same = m.addInPlace(Matrix.row(1, 1, 1)).scaleInPlace(2).addScaledInPlace(-0.5, Matrix.row(2, 2, 2));
        assertAll(
                () -> assertTrue(same == m),
                () -> assertEquals(Matrix.row(3, 5, 7), m),
                () -> assertEquals(Matrix.row(0, 0, 0), m.copy().fillInPlace(0)),
                () -> assertEquals(Matrix.row(9, 25, 49), m.copy().mulInPlace(m)),
                () -> assertEquals(Matrix.row(4, 6, 8), m.copy().mapInPlace(v -> v + 1)),
                () -> assertEquals(Matrix.row(1, 1, 1), m.copy().assignInPlace(Matrix.row(1, 1, 1))),
                () -> assertEquals(Matrix.row(2, 4, 6), m.copy().subInPlace(Matrix.row(1, 1, 1))));
    }

    @Test
    void sums_and_means_along_each_axis() {
        assertAll(
                () -> assertEquals(21.0, a.sum()),
                () -> assertEquals(3.5, a.mean()),
                () -> assertEquals(Matrix.row(5, 7, 9), a.sum(0)),
                () -> assertEquals(Matrix.column(6, 15), a.sum(1)),
                () -> assertEquals(Matrix.row(2.5, 3.5, 4.5), a.mean(0)),
                () -> assertEquals(Matrix.column(2, 5), a.mean(1)),
                () -> assertEquals(6.0, a.max()),
                () -> assertEquals(1.0, a.min()),
                () -> assertEquals(Math.sqrt(91), a.norm(), 1e-12));
    }

    @Test
    void argmax_per_row_takes_the_first_of_equal_maxima() {
        Matrix scores = Matrix.of(3, 3, 0.1, 0.7, 0.2, 5, 5, 1, -1, -3, -2);
        assertArrayEquals(new int[] {1, 0, 0}, scores.argmaxPerRow());
    }

    @Test
    void slicing_and_selecting_rows_makes_mini_batches() {
        Matrix m = Matrix.generate(5, 2, (i, j) -> i);
        assertAll(
                () -> assertEquals(Matrix.of(2, 2, 1, 1, 2, 2), m.sliceRows(1, 3)),
                () -> assertEquals(Matrix.of(3, 2, 4, 4, 0, 0, 4, 4), m.selectRows(4, 0, 4)),
                () -> assertEquals(Matrix.row(3, 3), m.getRow(3)),
                () -> assertEquals(Matrix.column(0, 1, 2, 3, 4), m.getColumn(0)),
                () -> assertEquals(0, m.sliceRows(2, 2).rows()));
    }

    @Test
    void closeness_uses_the_tolerance_and_nan_is_never_close() {
        Matrix b = a.add(1e-9);
        assertAll(
                () -> assertTrue(a.isClose(b, 1e-8)),
                () -> assertTrue(!a.isClose(b, 1e-10)),
                () -> assertTrue(!a.isClose(a.transpose(), 1)),
                () -> assertTrue(!Matrix.row(Double.NaN).isClose(Matrix.row(Double.NaN), 1)),
                () -> assertEquals(1e-9, a.maxAbsDiff(b), 1e-15));
    }

    @Test
    void to_string_shows_the_shape_and_aligned_values() {
        assertEquals("Matrix [2, 2]\n[[ 1.0000, -2.5000],\n [30.0000,  0.0000]]", Matrix.of(2, 2, 1, -2.5, 30, 0).toString());
    }

    @Test
    void to_string_of_a_large_matrix_elides_the_middle() {
        String s = Matrix.zeros(100, 100).toString();
        assertAll(
                () -> assertTrue(s.startsWith("Matrix [100, 100]")),
                () -> assertTrue(s.contains("...")),
                () -> assertThat(s.split("\n")).hasSize(8));
    }

    @Test
    void bad_arguments_get_messages_that_say_what_to_do() {
        assertAll(
                () -> assertThat(argumentError(() -> Matrix.of(2, 2, 1, 2, 3))).contains("needs 4 values, got 3"),
                () -> assertThat(argumentError(() -> Matrix.zeros(-1, 2))).contains("rows must not be negative, got -1"),
                () -> assertThat(argumentError(() -> Matrix.of(new double[][] {{1, 2}, {3}})))
                        .contains("row 1 has 1 values but row 0 has 2"),
                () -> assertThat(argumentError(() -> Matrix.oneHot(new int[] {3}, 3))).contains("outside 0..2"),
                () -> assertThat(argumentError(() -> a.sum(2))).contains("axis must be 0"),
                () -> assertThat(argumentError(() -> a.sliceRows(1, 5))).contains("outside 0..2"),
                () -> assertThat(assertThrows(IndexOutOfBoundsException.class, () -> a.get(2, 0)).getMessage())
                        .contains("element (2, 0) is outside a [2, 3] matrix"));
    }

    @Test
    void equality_is_over_the_current_values_and_a_changed_matrix_is_still_found_in_a_hash_set() {
        Matrix m = Matrix.of(2, 2, 1, 2, 3, 4);
        Set<Matrix> set = new HashSet<>(Set.of(m));
        Map<Matrix, String> names = new HashMap<>(Map.of(m, "m"));
        m.set(0, 0, 10);
        assertAll(
                () -> assertTrue(set.contains(m), "the matrix is lost from its set after set(0, 0, 10)"),
                () -> assertEquals("m", names.get(m)),
                () -> assertEquals(Matrix.of(2, 2, 10, 2, 3, 4), m),
                () -> assertNotEquals(Matrix.of(2, 2, 1, 2, 3, 4), m),
                () -> assertNotEquals(Matrix.zeros(1, 4), Matrix.zeros(2, 2)),
                () -> assertEquals(Matrix.zeros(2, 2).hashCode(), Matrix.of(2, 2, 5, 6, 7, 8).hashCode()));
    }

    @Test
    void the_shape_is_a_value_whose_text_is_the_one_errors_print() {
        Shape shape = Matrix.zeros(32, 4).shape();
        assertAll(
                () -> assertEquals(32, shape.rows()),
                () -> assertEquals(4, shape.cols()),
                () -> assertEquals(new Shape(32, 4), shape),
                () -> assertEquals("x is [32, 4]", "x is " + shape),
                () -> assertThat(assertThrows(ShapeException.class, () -> Matrix.zeros(32, 4).add(Matrix.zeros(3, 3)))
                        .getMessage()).contains("[32, 4]", "[3, 3]"));
    }
}
