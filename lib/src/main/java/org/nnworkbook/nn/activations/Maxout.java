// Maxout: each unit outputs the largest of k linear pieces, max(w1·x+b1, w2·x+b2, ...); a layer with weights.
package org.nnworkbook.nn.activations;

import java.util.List;
import java.util.Random;
import org.nnworkbook.nn.Matrix;
import org.nnworkbook.nn.Parameter;
import org.nnworkbook.nn.RandomSource;
import org.nnworkbook.nn.internal.Check;
import org.nnworkbook.nn.layers.BufferReusingLayer;
import org.nnworkbook.nn.layers.Linear;

/**
 * Unit {@code j} outputs {@code max_r (x·W_r + b_r)[j]} over {@code pieces} linear maps (deck 001:
 * {@code max(w1ᵀx + b1, w2ᵀx + b2)}). The pieces are stored in one {@link Linear} of width
 * {@code out·pieces}: column {@code j·pieces + r} is piece {@code r} of unit {@code j}.
 *
 * <pre>
 * forward : input [batch, in] → z = input·W + b [batch, out·pieces] → max over each unit's pieces [batch, out]
 * backward: the gradient of each output goes to the piece that won (the first one on a tie)
 * </pre>
 */
public final class Maxout extends BufferReusingLayer {
    private final int out;
    private final int pieces;
    private final Linear linear;
    private int[] winners;
    private int batch = -1;

    public Maxout(int in, int out, int pieces) {
        this(in, out, pieces, RandomSource.next());
    }

    public Maxout(int in, int out, int pieces, Random rng) {
        this.out = Check.positive("Maxout: out", out);
        this.pieces = Check.positive("Maxout: pieces", pieces);
        this.linear = new Linear(in, out * pieces, rng);
    }

    /** The underlying linear map; its weight is {@code [in, out·pieces]}. */
    public Linear linear() {
        return linear;
    }

    @Override
    protected Matrix forwardInto(Matrix x, Matrix reuse) {
        double[] z = linear.forward(x).data();
        batch = x.rows();
        winners = new int[batch * out];
        Matrix y = shaped(reuse, batch, out);
        double[] yd = y.data();
        for (int b = 0; b < batch; b++) {
            for (int j = 0; j < out; j++) {
                int base = (b * out + j) * pieces;
                int best = 0;
                for (int r = 1; r < pieces; r++) {
                    if (z[base + r] > z[base + best]) {
                        best = r;
                    }
                }
                winners[b * out + j] = best;
                yd[b * out + j] = z[base + best];
            }
        }
        return y;
    }

    @Override
    protected Matrix backwardInto(Matrix g, boolean inputGradient, Matrix reuse) {
        requireForward("Maxout", winners != null, "which piece won");
        requireGradientShape("Maxout", g, batch, out);
        Matrix dz = Matrix.zeros(batch, out * pieces);
        double[] dzd = dz.data();
        double[] gd = g.data();
        for (int u = 0; u < gd.length; u++) {
            dzd[u * pieces + winners[u]] = gd[u];     // only the winning piece saw its output used
        }
        return backwardInto(linear, dz, inputGradient, reuse);
    }

    @Override
    public List<Parameter> parameters() {
        return linear.parameters();
    }

    @Override
    public String toString() {
        return "Maxout(in=" + linear.in() + ", out=" + out + ", pieces=" + pieces + ")";
    }
}
