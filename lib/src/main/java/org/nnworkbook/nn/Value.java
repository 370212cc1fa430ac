// A scalar that remembers how it was computed and backpropagates (micrograd's engine); not for matrices.
package org.nnworkbook.nn;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.nnworkbook.nn.internal.Stable;

/**
 * One number in a computation graph. Each operation returns a new {@code Value} that records its
 * operation label and its children, and, right below it, the rule that sends its gradient back to
 * them. {@link #backward()} then applies the chain rule from the output down.
 *
 * <pre>{@code
 * jshell> var x = new Value(1, "x"); var y = new Value(-3, "y"); var z = new Value(4, "z");
 * jshell> var f = x.add(y).mul(z);        // f = (x + y)·z
 * jshell> f.backward();
 * jshell> f
 * f ==> Value(data=-8.0, grad=1.0)
 * jshell> List.of(x.grad(), y.grad(), z.grad())
 * $6 ==> [4.0, 4.0, -2.0]
 * }</pre>
 *
 * Gradients accumulate with {@code +=}, so a value used twice (like {@code x} in {@code x·x}) gets the
 * sum of both paths. Derived operations are built from primitives, as in micrograd: {@code a.sub(b)}
 * is {@code a + (b·-1)} and {@code a.div(b)} is {@code a·b^-1}; the graph shows those nodes.
 */
public final class Value {
    private static final Runnable LEAF = () -> { };

    private double data;
    private double grad;
    private final List<Value> children;
    private final String op;
    private Runnable backwardStep = LEAF;
    private String label = "";

    /** A leaf: an input or a parameter. */
    public Value(double data) {
        this(data, "", List.of());
    }

    /** A named leaf; the label shows in graph drawings. */
    public Value(double data, String label) {
        this(data);
        this.label = label;
    }

    private Value(double data, String op, List<Value> children) {
        this.data = data;
        this.op = op;
        this.children = children;
    }

    private static Value result(double data, String op, Value... children) {
        return new Value(data, op, List.of(children));
    }

    // ---- operations, each followed by its local backward rule -------------------------------------

    public Value add(Value other) {
        Value out = result(data + other.data, "+", this, other);
        out.backwardStep = () -> {
            this.grad += out.grad;          // d(a+b)/da = 1
            other.grad += out.grad;         // d(a+b)/db = 1
        };
        return out;
    }

    public Value mul(Value other) {
        Value out = result(data * other.data, "*", this, other);
        out.backwardStep = () -> {
            this.grad += other.data * out.grad;   // d(ab)/da = b
            other.grad += this.data * out.grad;   // d(ab)/db = a
        };
        return out;
    }

    /** {@code this^exponent} for a constant exponent. */
    public Value pow(double exponent) {
        Value out = result(Math.pow(data, exponent), "**" + number(exponent), this);
        out.backwardStep = () -> this.grad += exponent * Math.pow(data, exponent - 1) * out.grad;
        return out;
    }

    public Value exp() {
        Value out = result(Math.exp(data), "exp", this);
        out.backwardStep = () -> this.grad += out.data * out.grad;      // (e^x)' = e^x
        return out;
    }

    /** Natural logarithm; {@code NaN} for negative data, as {@link Math#log}. */
    public Value log() {
        Value out = result(Math.log(data), "log", this);
        out.backwardStep = () -> this.grad += out.grad / data;          // (log x)' = 1/x
        return out;
    }

    public Value tanh() {
        double t = Math.tanh(data);
        Value out = result(t, "tanh", this);
        out.backwardStep = () -> this.grad += (1 - t * t) * out.grad;   // tanh' = 1 - tanh²
        return out;
    }

    public Value sigmoid() {
        double s = Stable.sigmoid(data);
        Value out = result(s, "sigmoid", this);
        out.backwardStep = () -> this.grad += s * (1 - s) * out.grad;   // σ' = σ(1-σ)
        return out;
    }

    /** {@code max(0, x)}; its derivative is taken as 0 at {@code x = 0} (as in micrograd and PyTorch). */
    public Value relu() {
        Value out = result(data > 0 ? data : 0.0, "ReLU", this);
        out.backwardStep = () -> this.grad += (out.data > 0 ? 1.0 : 0.0) * out.grad;
        return out;
    }

    // ---- derived operations (built from the primitives above) ---------------------------------------

    public Value add(double other) {
        return add(new Value(other));
    }

    public Value mul(double other) {
        return mul(new Value(other));
    }

    public Value neg() {
        return mul(-1);
    }

    public Value sub(Value other) {
        return add(other.neg());
    }

    public Value sub(double other) {
        return add(-other);
    }

    public Value div(Value other) {
        return mul(other.pow(-1));
    }

    public Value div(double other) {
        return mul(Math.pow(other, -1));
    }

    /** The sum of several values, added left to right. */
    public static Value sum(List<Value> values) {
        Value total = new Value(0);
        for (Value v : values) {
            total = total.add(v);
        }
        return total;
    }

    // ---- backpropagation ------------------------------------------------------------------------------

    /**
     * Fills in {@code grad} of every value this one depends on: {@code grad} becomes d(this)/d(node).
     *
     * <p>First the gradients of this graph's intermediate (non-leaf) nodes are reset to zero; then this
     * node's gradient is set to 1 and the chain rule runs in reverse topological order. Leaves (inputs,
     * parameters) accumulate, as in PyTorch: calling {@code backward()} a second time recomputes the
     * intermediate gradients from scratch and adds the leaves' gradients once more, so every leaf's
     * gradient doubles. Call {@link #zeroGrad()} on the parameters before each training step. (micrograd's
     * own {@code backward} does not reset the intermediates, so its second call gives wrong, not doubled,
     * gradients: its issue #102.)
     */
    public void backward() {
        List<Value> order = topologicalOrder();
        for (Value v : order) {
            if (!v.isLeaf()) {
                v.grad = 0.0;
            }
        }
        grad += 1.0;
        for (int i = order.size() - 1; i >= 0; i--) {
            order.get(i).backwardStep.run();
        }
    }

    /**
     * Every node this value depends on, children before parents, ending with this value. Iterative, so
     * long chains (a sum over thousands of terms) do not overflow the stack.
     */
    public List<Value> topologicalOrder() {
        List<Value> order = new ArrayList<>();
        Map<Value, Boolean> seen = new IdentityHashMap<>();
        Deque<Value> stack = new ArrayDeque<>();
        Deque<Integer> nextChild = new ArrayDeque<>();
        stack.push(this);
        nextChild.push(0);
        seen.put(this, true);
        while (!stack.isEmpty()) {
            Value v = stack.peek();
            int i = nextChild.pop();
            if (i < v.children.size()) {
                nextChild.push(i + 1);
                Value child = v.children.get(i);
                if (seen.put(child, true) == null) {
                    stack.push(child);
                    nextChild.push(0);
                }
            } else {
                stack.pop();
                order.add(v);
            }
        }
        return order;
    }

    /** Sets this node's gradient to zero. */
    public void zeroGrad() {
        grad = 0.0;
    }

    /** Sets the gradient of each given value to zero (typically a model's parameters). */
    public static void zeroGrad(Iterable<Value> values) {
        for (Value v : values) {
            v.zeroGrad();
        }
    }

    // ---- what the graph drawing needs ------------------------------------------------------------------

    public double data() {
        return data;
    }

    /** Changes a leaf's value, e.g. a gradient-descent step {@code p.setData(p.data() - lr * p.grad())}. */
    public void setData(double data) {
        this.data = data;
    }

    public double grad() {
        return grad;
    }

    /** The operation that made this value ({@code "+", "*", "**2", "exp", "log", "tanh", "sigmoid", "ReLU"}), or "" for a leaf. */
    public String op() {
        return op;
    }

    /** The operands this value was computed from (none for a leaf). */
    public List<Value> children() {
        return Collections.unmodifiableList(children);
    }

    public boolean isLeaf() {
        return children.isEmpty();
    }

    /** The name given to this node ("" if none). */
    public String label() {
        return label;
    }

    /** Names this node (for drawings) and returns it. */
    public Value label(String label) {
        this.label = label;
        return this;
    }

    @Override
    public String toString() {
        return "Value(data=" + data + ", grad=" + grad + ")";
    }

    private static String number(double x) {
        return x == Math.rint(x) && Math.abs(x) < 1e15 ? Long.toString((long) x) : Double.toString(x);
    }
}
