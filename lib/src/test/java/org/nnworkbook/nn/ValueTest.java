// Scalar autograd: micrograd's test_engine.py numbers, deck 001's graph, every op's gradient, backward twice.
package org.nnworkbook.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.function.DoubleUnaryOperator;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nnworkbook.nn.gradcheck.GradCheck;

class ValueTest {

    /** micrograd test_engine.py, test_sanity_check (reference numbers from PyTorch, written in). */
    @Test
    void micrograd_sanity_check() {
        Value x = new Value(-4.0);
        Value z = x.mul(2).add(2).add(x);                    // z = 2 * x + 2 + x
        Value q = z.relu().add(z.mul(x));                    // q = z.relu() + z * x
        Value h = z.mul(z).relu();                           // h = (z * z).relu()
        Value y = h.add(q).add(q.mul(x));                    // y = h + q + q * x
        y.backward();
        assertAll(() -> assertEquals(-20.0, y.data()), () -> assertEquals(46.0, x.grad()));
    }

    /** micrograd test_engine.py, test_more_ops: g.data 24.7041, a.grad 138.8338, b.grad 645.5773. */
    @Test
    void micrograd_more_ops() {
        Value a = new Value(-4.0);
        Value b = new Value(2.0);
        Value c = a.add(b);                                  // c = a + b
        Value d = a.mul(b).add(b.pow(3));                    // d = a * b + b**3
        c = c.add(c.add(1));                                 // c += c + 1
        c = c.add(new Value(1).add(c).add(a.neg()));         // c += 1 + c + (-a)
        d = d.add(d.mul(2).add(b.add(a).relu()));            // d += d * 2 + (b + a).relu()
        d = d.add(d.mul(3).add(b.sub(a).relu()));            // d += 3 * d + (b - a).relu()
        Value e = c.sub(d);                                  // e = c - d
        Value f = e.pow(2);                                  // f = e**2
        Value g = f.div(2.0);                                // g = f / 2.0
        g = g.add(new Value(10.0).div(f));                   // g += 10.0 / f
        g.backward();
        Value result = g;
        assertAll(
                () -> assertEquals(24.7041, result.data(), 1e-4),
                () -> assertEquals(138.8338, a.grad(), 1e-4),
                () -> assertEquals(645.5773, b.grad(), 1e-4));
    }

    /** Deck 001's computational graph: f(x, y, z) = (x + y)·z at x = 1, y = -3, z = 4. */
    @Test
    void deck_001_graph_x_plus_y_times_z() {
        Value x = new Value(1, "x");
        Value y = new Value(-3, "y");
        Value z = new Value(4, "z");
        Value q = x.add(y);
        Value f = q.mul(z);
        f.backward();
        assertAll(
                () -> assertEquals(-2.0, q.data()),
                () -> assertEquals(-8.0, f.data()),
                () -> assertEquals(-2.0, z.grad()),      // df/dz = q
                () -> assertEquals(4.0, q.grad()),       // df/dq = z
                () -> assertEquals(4.0, x.grad()),       // df/dx = df/dq · dq/dx = 4
                () -> assertEquals(4.0, y.grad()));
    }

    @Test
    void a_second_backward_doubles_leaf_gradients_instead_of_corrupting_them() {
        Value x = new Value(-4.0);
        Value z = x.mul(2).add(2).add(x);
        Value y = z.mul(z).relu().add(z.relu().add(z.mul(x)));
        y.backward();
        double once = x.grad();
        double intermediate = z.grad();
        y.backward();
        assertAll(
                () -> assertEquals(2 * once, x.grad()),
                () -> assertEquals(intermediate, z.grad()),   // recomputed, not accumulated
                () -> assertEquals(1.0, y.grad()));
    }

    @Test
    void zero_grad_resets_and_a_fresh_backward_repeats_the_result() {
        Value a = new Value(3);
        Value out = a.mul(a).tanh();
        out.backward();
        double first = a.grad();
        Value.zeroGrad(List.of(a));
        assertEquals(0.0, a.grad());
        out.backward();
        assertEquals(first, a.grad());
    }

    @Test
    void a_value_used_twice_accumulates_both_paths() {
        Value a = new Value(3);
        Value b = a.add(a);                    // db/da = 2
        b.backward();
        assertEquals(2.0, a.grad());
    }

    @ParameterizedTest
    @ValueSource(doubles = {-2.5, -0.3, 0.7, 1.9})
    void every_operation_s_gradient_matches_a_central_difference(double x0) {
        double positive = Math.abs(x0) + 0.5;   // log and fractional powers need x > 0
        assertAll(
                () -> check(x0, v -> v.add(new Value(2)), x -> x + 2),
                () -> check(x0, v -> v.sub(new Value(2)), x -> x - 2),
                () -> check(x0, v -> v.mul(new Value(-3)), x -> -3 * x),
                () -> check(x0, v -> new Value(1.5).div(v.add(5)), x -> 1.5 / (x + 5)),
                () -> check(x0, v -> v.pow(3), x -> x * x * x),
                () -> check(positive, v -> v.pow(-1.5), x -> Math.pow(x, -1.5)),
                () -> check(x0, Value::neg, x -> -x),
                () -> check(x0, Value::exp, Math::exp),
                () -> check(positive, Value::log, Math::log),
                () -> check(x0, Value::tanh, Math::tanh),
                () -> check(x0, Value::sigmoid, x -> 1 / (1 + Math.exp(-x))),
                () -> check(x0, Value::relu, x -> Math.max(0, x)),
                () -> check(x0, v -> v.mul(v).add(v.exp()).div(v.add(3)), x -> (x * x + Math.exp(x)) / (x + 3)));
    }

    private static void check(double x0, UnaryOperator<Value> f, DoubleUnaryOperator same) {
        Value x = new Value(x0);
        Value out = f.apply(x);
        out.backward();
        double numeric = GradCheck.numericalDerivative(same, x0);
        assertAll(
                () -> assertEquals(same.applyAsDouble(x0), out.data(), 1e-12),
                () -> assertThat(GradCheck.relativeError(x.grad(), numeric)).isLessThan(1e-6));
    }

    @Test
    void relu_derivative_at_zero_is_zero_and_sigmoid_does_not_overflow() {
        Value zero = new Value(0.0);
        zero.relu().backward();
        assertAll(
                () -> assertEquals(0.0, zero.grad()),
                () -> assertEquals(0.0, new Value(-1000).sigmoid().data()),
                () -> assertEquals(1.0, new Value(1000).sigmoid().data()));
    }

    @Test
    void nodes_expose_op_children_and_labels_for_drawing_the_graph() {
        Value x = new Value(1, "x");
        Value y = new Value(2, "y");
        Value s = x.add(y).label("s");
        Value p = s.mul(x).exp();
        assertAll(
                () -> assertEquals("+", s.op()),
                () -> assertEquals(List.of(x, y), s.children()),
                () -> assertEquals("s", s.label()),
                () -> assertEquals("exp", p.op()),
                () -> assertEquals("*", p.children().get(0).op()),
                () -> assertEquals("**2", x.pow(2).op()),
                () -> assertEquals("**-1", x.pow(-1).op()),
                () -> assertEquals("", x.op()),
                () -> assertEquals("ReLU", x.relu().op()),
                () -> assertEquals(List.of(x, y, s, p.children().get(0), p), p.topologicalOrder()),
                () -> assertSame(p, p.topologicalOrder().get(4)));
    }

    @Test
    void to_string_shows_data_and_grad_like_micrograd() {
        Value v = new Value(2.5);
        v.backward();
        assertEquals("Value(data=2.5, grad=1.0)", v.toString());
    }

    @Test
    void a_long_chain_backpropagates_without_stack_overflow() {
        Value x = new Value(1.0);
        Value sum = new Value(0.0);
        for (int i = 0; i < 100_000; i++) {
            sum = sum.add(x);
        }
        sum.backward();
        assertEquals(100_000.0, x.grad());
    }
}
