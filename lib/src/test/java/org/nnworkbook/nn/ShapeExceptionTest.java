// Shape errors: every message names the operation, both shapes and a hint (the team guide's example verbatim).
package org.nnworkbook.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.nnworkbook.testing.MatrixAssertions.shapeError;

import org.junit.jupiter.api.Test;
import org.nnworkbook.nn.layers.Linear;

/** Every shape mismatch names the operation, both shapes and a hint. */
class ShapeExceptionTest {

    @Test
    void linear_forward_message_matches_the_team_guide_exactly() {
        Linear layer = new Linear(4, 10, 1);
        String message = shapeError(() -> layer.forward(Matrix.zeros(32, 3)));
        assertEquals("Linear.forward: input has 3 features but the layer expects 4\n"
                + "  input  [32, 3]\n"
                + "  weight [4, 10]\n"
                + "  hint: check the `in` argument of new Linear(in, out)", message);
    }

    @Test
    void matmul_names_both_shapes_and_suggests_a_transpose() {
        String message = shapeError(() -> Matrix.zeros(2, 4).matmul(Matrix.zeros(3, 5)));
        assertAll(
                () -> assertThat(message).startsWith("Matrix.matmul: inner dimensions differ (4 columns vs 3 rows)"),
                () -> assertThat(message).contains("this  [2, 4]").contains("other [3, 5]"),
                () -> assertThat(message).contains("hint:").contains("transpose"));
    }

    @Test
    void element_wise_operations_explain_which_shapes_broadcast() {
        String message = shapeError(() -> Matrix.zeros(3, 4).add(Matrix.zeros(2, 4)));
        assertAll(
                () -> assertThat(message).startsWith("Matrix.add: shapes do not broadcast"),
                () -> assertThat(message).contains("[3, 4]").contains("[2, 4]"),
                () -> assertThat(message).contains("one row [1, 4] (a bias) or one column [3, 1]"));
    }

    @Test
    void in_place_operations_need_equal_shapes() {
        String message = shapeError(() -> Matrix.zeros(2, 2).addInPlace(Matrix.zeros(1, 2)));
        assertThat(message).startsWith("Matrix.addInPlace: shapes differ").contains("[2, 2]").contains("[1, 2]")
                .contains("hint:");
    }

    @Test
    void the_exception_exposes_operation_and_hint() {
        ShapeException e = ShapeException.in("Demo.op").problem("bad").shape("a", 1, 2).hint("try %s", "this").build();
        assertAll(
                () -> assertEquals("Demo.op", e.operation()),
                () -> assertEquals("try this", e.hint()),
                () -> assertEquals("Demo.op: bad\n  a [1, 2]\n  hint: try this", e.getMessage()));
    }
}
