// Initialisers: constants, the documented spreads of Xavier and He, and seeding.
package org.nnworkbook.nn.init;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.nnworkbook.nn.Matrix;
import org.nnworkbook.nn.RandomSource;

class InitializerTest {
    private static Matrix filled(Initializer init, int fanIn, int fanOut, long seed) {
        Matrix m = Matrix.zeros(fanIn, fanOut);
        init.fill(m, fanIn, fanOut, new Random(seed));
        return m;
    }

    private static double std(Matrix m) {
        return Math.sqrt(m.sub(m.mean()).pow(2).mean());
    }

    @Test
    void constant_and_zeros_fill_every_element() {
        assertAll(
                () -> assertEquals(Matrix.full(3, 2, 100000), filled(Initializer.constant(100000), 3, 2, 1)),
                () -> assertEquals(Matrix.zeros(3, 2), filled(Initializer.zeros(), 3, 2, 1)));
    }

    @Test
    void scaled_initialisers_have_the_documented_spread() {
        int in = 400;
        int out = 300;
        Matrix xavierU = filled(Initializer.xavierUniform(), in, out, 1);
        Matrix heU = filled(Initializer.heUniform(), in, out, 2);
        assertAll(
                () -> assertEquals(Math.sqrt(2.0 / in), std(filled(Initializer.heNormal(), in, out, 3)), 0.003),
                () -> assertEquals(Math.sqrt(2.0 / (in + out)), std(filled(Initializer.xavierNormal(), in, out, 4)), 0.002),
                () -> assertThat(xavierU.abs().max()).isLessThanOrEqualTo(Math.sqrt(6.0 / (in + out))),
                () -> assertEquals(Math.sqrt(6.0 / (in + out)) / Math.sqrt(3), std(xavierU), 0.002),
                () -> assertThat(heU.abs().max()).isLessThanOrEqualTo(Math.sqrt(6.0 / in)),
                () -> assertEquals(3.0, filled(Initializer.normal(3, 0.5), in, out, 5).mean(), 0.005),
                () -> assertEquals(0.5, std(filled(Initializer.normal(3, 0.5), in, out, 5)), 0.005),
                () -> assertThat(filled(Initializer.uniform(-2, -1), 10, 10, 6).max()).isLessThan(-1.0));
    }

    @Test
    void the_same_seed_gives_bit_identical_weights() {
        assertAll(
                () -> assertEquals(filled(Initializer.heNormal(), 20, 30, 9), filled(Initializer.heNormal(), 20, 30, 9)),
                () -> assertThat(filled(Initializer.heNormal(), 20, 30, 9)).isNotEqualTo(filled(Initializer.heNormal(), 20, 30, 10)));
    }

    @Test
    void manual_seed_restarts_the_default_sequence() {
        RandomSource.manualSeed(11);
        Matrix a = Matrix.randn(3, 3);
        Matrix b = Matrix.randn(3, 3);
        RandomSource.manualSeed(11);
        assertAll(() -> assertEquals(a, Matrix.randn(3, 3)), () -> assertThat(a).isNotEqualTo(b));
    }
}
