// The library's default random numbers when no seed is given (like torch.manual_seed); not a source for tests.
package org.nnworkbook.nn;

import java.util.Random;

/**
 * Where seedless calls such as {@code new Linear(2, 4)} or {@code Matrix.randn(3, 3)} get their random
 * numbers. It starts from seed 0 when the library loads, so a notebook run top to bottom in a fresh
 * kernel gives the same numbers every time; {@link #manualSeed(long)} restarts it (PyTorch's
 * {@code torch.manual_seed}). Every such call takes a fresh {@link Random} seeded from this sequence, so
 * two layers made one after the other get different weights.
 *
 * <p>Everything that draws random numbers also has an overload taking a seed or a {@link Random}:
 * prefer those where a result must not depend on what ran before.
 */
public final class RandomSource {
    private static Random sequence = new Random(0);

    private RandomSource() {}

    /** Restarts the default sequence: what follows is reproducible from this point. */
    public static synchronized void manualSeed(long seed) {
        sequence = new Random(seed);
    }

    /** A new generator seeded from the default sequence. */
    public static synchronized Random next() {
        return new Random(sequence.nextLong());
    }
}
