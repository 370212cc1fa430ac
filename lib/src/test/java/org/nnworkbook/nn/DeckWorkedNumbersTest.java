// The lecture decks' worked examples, computed by the library.
package org.nnworkbook.nn;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.nnworkbook.testing.MatrixAssertions.assertClose;

import org.junit.jupiter.api.Test;
import org.nnworkbook.nn.activations.Sigmoid;
import org.nnworkbook.nn.activations.Sign;
import org.nnworkbook.nn.activations.Softmax;
import org.nnworkbook.nn.layers.Linear;
import org.nnworkbook.nn.layers.Sequential;
import org.nnworkbook.nn.loss.MSELoss;

/** The lecture decks' worked numbers (shared/lectures/*.txt), as the library computes them. */
class DeckWorkedNumbersTest {
    private static final Matrix XOR_INPUTS = Matrix.of(4, 2, 0, 0, 0, 1, 1, 0, 1, 1);

    /** Deck 004: h1 = sign(x1 + x2 - 1.5), h2 = sign(x1 + x2 - 0.5), y = sign(-h1 + h2 - 0.5). */
    @Test
    void deck_004_xor_from_three_sign_units() {
        Linear hidden = Linear.of(Matrix.of(2, 2, 1, 1, 1, 1), Matrix.row(-1.5, -0.5));
        Sequential net = new Sequential(hidden, new Sign(), Linear.of(Matrix.column(-1, 1), Matrix.row(-0.5)), new Sign());
        Matrix h = new Sign().forward(hidden.forward(XOR_INPUTS));
        assertAll(
                () -> assertEquals(Matrix.column(-1, 1, 1, -1), net.forward(XOR_INPUTS)),      // labels in {-1, +1}
                () -> assertEquals(Matrix.of(4, 2, -1, -1, -1, 1, -1, 1, 1, 1), h),            // h1 only for (1,1)
                // each hidden unit is a line w·x + b = 0: x1 + x2 = 1.5 and x1 + x2 = 0.5
                () -> assertArrayEquals(new double[] {1, 1}, hidden.unitWeights(0)),
                () -> assertEquals(-0.5, hidden.bias().get(0, 1)));
    }

    /**
     * Deck 000: z1 = σ(100(-x1 - x2 + 0.5)) ≈ 1 only if both are 0, z2 = σ(100(x1 + x2 - 1.5)) ≈ 1 only if
     * both are 1; the output v·z + c with v = (-1, -1), c = 1 is then XOR (our choice of output layer:
     * the slide leaves it to the figure).
     */
    @Test
    void deck_000_xor_from_two_steep_sigmoids() {
        Linear hidden = Linear.of(Matrix.of(2, 2, -100, 100, -100, 100), Matrix.row(50, -150));
        Sequential net = new Sequential(hidden, new Sigmoid(), Linear.of(Matrix.column(-1, -1), Matrix.row(1)));
        Matrix z = new Sigmoid().forward(hidden.forward(XOR_INPUTS));
        assertAll(
                () -> assertClose(Matrix.column(0, 1, 1, 0), net.forward(XOR_INPUTS), 1e-20),
                () -> assertClose(Matrix.of(4, 2, 1, 0, 0, 0, 0, 0, 0, 1), z, 1e-21),
                () -> assertEquals(1 / (1 + Math.exp(50)), z.get(1, 0), 1e-36));    // σ(-50): tiny but not zero
    }

    /** Deck 003's "make_relu": Linear(1,2) → Sigmoid → Linear(2,2) → Sigmoid → Linear(2,1), hand-set weights. */
    @Test
    void deck_003_sigmoid_network_that_imitates_relu() {
        // PyTorch stores weight[out][in]; ours is [in, out], hence the transposes below.
        Linear first = Linear.of(Matrix.of(1, 2, -100000000., 0.0001), Matrix.row(0, 0));
        Linear second = Linear.of(Matrix.of(2, 2, -100000000., 100000000., 1, 0), Matrix.row(-0.5, -1000));
        Linear third = Linear.of(Matrix.column(4 * 40000, 80000), Matrix.row(-0.5 * 4 * 40000));
        Sequential makeRelu = new Sequential(first, new Sigmoid(), second, new Sigmoid(), third);
        Matrix x = Matrix.generate(40, 1, (i, j) -> i - 20);                            // -20 .. 19, as the deck
        Matrix out = makeRelu.forward(x);
        // not exact: each sigmoid is linear only up to its cubic term, which costs about 6e-6 at x = 19
        assertAll(
                () -> assertClose(x.map(v -> Math.max(0, v)), out, 1e-5),
                () -> assertEquals(0.0, out.get(0, 0)),                                     // negatives are exactly 0
                () -> assertEquals(1.0, out.get(21, 0), 1e-8));
        // the deck's side remark: 40000·(σ(x·0.0001) - 0.5) ≈ 0, 1.0, 2.0 for x = 0, 1, 2
        Matrix remap = Matrix.row(0, 1, 2).mul(0.0001).map(Sigmoid::sigma).sub(0.5).mul(40000);
        assertClose(Matrix.row(0, 1, 2), remap, 1e-6);
    }

    /**
     * Deck 000's toy self-driving car: features z = (front clear, left clear, right clear), scores
     * straight = 20·z1 - 10, left = 10·z2 - 10, right = 10·z3 - 10, then softmax.
     */
    @Test
    void deck_000_toy_car_softmax_for_all_eight_situations() {
        Linear scores = Linear.of(Matrix.of(3, 3, 20, 0, 0, 0, 10, 0, 0, 0, 10), Matrix.row(-10, -10, -10));
        Matrix situations = Matrix.generate(8, 3, (i, j) -> (i >> (2 - j)) & 1);
        Matrix p = Softmax.rows(scores.forward(situations));
        for (int i = 0; i < 8; i++) {
            double s0 = 20 * situations.get(i, 0) - 10;
            double s1 = 10 * situations.get(i, 1) - 10;
            double s2 = 10 * situations.get(i, 2) - 10;
            double sum = Math.exp(s0) + Math.exp(s1) + Math.exp(s2);
            assertClose(Matrix.row(Math.exp(s0) / sum, Math.exp(s1) / sum, Math.exp(s2) / sum), p.getRow(i), 1e-15);
        }
        double third = 1.0 / 3;
        assertAll(
                // everything clear (row 7): go straight
                () -> assertEquals(Math.exp(10) / (Math.exp(10) + 2), p.get(7, 0), 1e-15),
                () -> assertEquals(0, p.getRow(7).argmaxPerRow()[0]),
                // front blocked, left clear, right blocked (row 2): go left
                () -> assertEquals(1, p.getRow(2).argmaxPerRow()[0]),
                () -> assertEquals(1 / (1 + 2 * Math.exp(-10)), p.get(2, 1), 1e-15),
                // front blocked, both sides clear (row 3): left and right equally likely
                () -> assertEquals(p.get(3, 1), p.get(3, 2)),
                // everything blocked (row 0): all equally bad
                () -> assertClose(Matrix.row(third, third, third), p.getRow(0), 1e-15));
    }

    /**
     * Decks 000 and 001: for a linear model with MSE, ∇_w L = (1/n) Σ 2(w·x_i + b - y_i)·x_i, and for
     * f(x) = Wx with vector outputs ∇_W L = (2/n) Σ (W x_i - y_i) x_iᵀ. The layer's backward must give these.
     */
    @Test
    void decks_000_and_001_mse_gradient_of_a_linear_layer() {
        Matrix x = Matrix.randn(6, 3, 1);
        Matrix y = Matrix.randn(6, 1, 2);
        Linear layer = new Linear(3, 1, 3);
        MSELoss mse = new MSELoss();
        layer.backward(mse.gradient(layer.forward(x), y));
        double[] gradW = new double[3];
        double gradB = 0;
        for (int i = 0; i < 6; i++) {
            double residual = layer.forward(x.getRow(i)).item() - y.get(i, 0);    // w·x_i + b - y_i
            for (int d = 0; d < 3; d++) {
                gradW[d] += 2 * residual * x.get(i, d) / 6;
            }
            gradB += 2 * residual / 6;
        }
        assertClose(Matrix.column(gradW), layer.weightGrad(), 1e-14);
        assertEquals(gradB, layer.biasGrad().item(), 1e-14);

        // deck 001: k = 2 outputs, no bias. Our MSELoss averages over the k outputs too, so the deck's
        // gradient (a sum over outputs) is k times ours; and our weight [in, out] is the deck's Wᵀ.
        Matrix w = Matrix.randn(2, 3, 4);                                               // deck's W [d_out, d_in]
        Matrix targets = Matrix.randn(6, 2, 5);
        Linear noBias = Linear.of(w.transpose(), Matrix.zeros(1, 2));
        noBias.backward(mse.gradient(noBias.forward(x), targets));
        Matrix deck = Matrix.zeros(2, 3);
        for (int i = 0; i < 6; i++) {
            Matrix xi = x.getRow(i).transpose();                                        // [3, 1]
            Matrix residual = w.matmul(xi).sub(targets.getRow(i).transpose());          // W x_i - y_i  [2, 1]
            deck.addInPlace(residual.matmul(xi.transpose()).mul(2.0 / 6));
        }
        assertClose(deck, noBias.weightGrad().transpose().mul(2), 1e-14);
    }

    /** Decks 000 and 001: without a non-linearity, v·(Wx + b) + c = (v·W)x + (v·b + c), one linear map. */
    @Test
    void decks_000_and_001_stacked_linear_layers_collapse_into_one() {
        Linear inner = new Linear(3, 4, 1);
        Linear outer = new Linear(4, 2, 2);
        Linear collapsed = Linear.of(inner.weight().matmul(outer.weight()),
                inner.bias().matmul(outer.weight()).add(outer.bias()));
        Matrix x = Matrix.randn(5, 3, 3);
        assertClose(new Sequential(inner, outer).forward(x), collapsed.forward(x), 1e-14);
    }
}
