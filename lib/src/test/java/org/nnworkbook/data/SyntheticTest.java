// The synthetic data sets: shapes and classes, the geometry each promises, bit-identical with one seed, bad arguments.
package org.nnworkbook.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertAll;

import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.nnworkbook.nn.Matrix;

class SyntheticTest {

    @Test
    void xor_is_the_four_corners_labelled_by_exclusive_or() {
        Dataset xor = Synthetic.xor();
        assertAll(
                () -> assertThat(xor.x()).isEqualTo(Matrix.of(new double[][] {{0, 0}, {0, 1}, {1, 0}, {1, 1}})),
                () -> assertThat(xor.labels()).containsExactly(0, 1, 1, 0),
                () -> assertThat(xor.featureNames()).containsExactly("x1", "x2"));
    }

    @Test
    void the_same_seed_gives_bit_identical_data_and_another_seed_does_not() {
        List<Supplier<Dataset>> one = sets(1);
        List<Supplier<Dataset>> again = sets(1);
        List<Supplier<Dataset>> other = sets(2);
        for (int i = 0; i < one.size(); i++) {
            Dataset a = one.get(i).get();
            Dataset b = again.get(i).get();
            Dataset c = other.get(i).get();
            assertAll(a.name(),
                    () -> assertThat(Arrays.equals(a.x().data(), b.x().data())).isTrue(),
                    () -> assertThat(Arrays.equals(a.y().data(), b.y().data())).isTrue(),
                    () -> assertThat(Arrays.equals(a.x().data(), c.x().data()) && Arrays.equals(a.y().data(), c.y().data()))
                            .isFalse());
        }
    }

    static List<Supplier<Dataset>> sets(long seed) {
        return List.of(() -> Synthetic.xorClouds(40, 0.1, seed), () -> Synthetic.circles(40, 0.05, seed),
                () -> Synthetic.moons(40, 0.1, seed), () -> Synthetic.spirals(60, 3, 0.05, seed),
                () -> Synthetic.blobs(40, 4, 0.3, seed), () -> Synthetic.function1d(Math::sin, 20, -1, 1, 0.1, seed));
    }

    @Test
    void every_two_d_set_has_n_rows_two_features_and_balanced_classes() {
        for (Dataset d : List.of(Synthetic.xorClouds(40, 0.1, 1), Synthetic.circles(40, 0.1, 1),
                Synthetic.moons(40, 0.1, 1), Synthetic.spirals(60, 3, 0.1, 1), Synthetic.blobs(40, 4, 0.1, 1))) {
            int[] perClass = new int[d.classes()];
            for (int l : d.labels()) {
                perClass[l]++;
            }
            assertAll(d.name(),
                    () -> assertThat(d.size()).isEqualTo(d.classes() == 3 ? 60 : 40),
                    () -> assertThat(d.features()).isEqualTo(2),
                    () -> assertThat(Arrays.stream(perClass).max().getAsInt() - Arrays.stream(perClass).min().getAsInt())
                            .isLessThanOrEqualTo(1));
        }
    }

    @Test
    void without_noise_each_set_has_its_promised_geometry() {
        Dataset circles = Synthetic.circles(200, 0, 1);
        Dataset xor = Synthetic.xorClouds(8, 0, 1);
        Dataset blobs = Synthetic.blobs(6, 3, 0, 1);
        Dataset moons = Synthetic.moons(50, 0, 1);
        Matrix cx = circles.x();
        int[] cl = circles.labels();
        for (int i = 0; i < circles.size(); i++) {
            double r = Math.hypot(cx.get(i, 0), cx.get(i, 1));
            assertThat(cl[i] == 1 ? r <= 0.5 : r >= 0.9 && r <= 1.1).as("radius %s of class %s", r, cl[i]).isTrue();
        }
        Matrix mx = moons.x();
        for (int i = 0; i < moons.size(); i++) {
            double a = mx.get(i, 0);
            double b = mx.get(i, 1);
            // upper moon: on the unit circle; lower moon: on the unit circle around (1, 0.5)
            double r = moons.labels()[i] == 0 ? Math.hypot(a, b) : Math.hypot(a - 1, b - 0.5);
            assertThat(r).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-12));
        }
        assertAll(
                () -> assertThat(xor.x().rows()).isEqualTo(8),
                () -> assertThat(xor.x().selectRows(0, 1, 2, 3)).isEqualTo(Synthetic.xor().x()),
                () -> assertThat(xor.labels()).containsExactly(0, 1, 1, 0, 0, 1, 1, 0),
                () -> assertThat(blobs.x().get(0, 0)).isCloseTo(2.0, org.assertj.core.data.Offset.offset(1e-12)),
                () -> assertThat(Math.hypot(blobs.x().get(1, 0), blobs.x().get(1, 1)))
                        .isCloseTo(2.0, org.assertj.core.data.Offset.offset(1e-12)));
    }

    @Test
    void spiral_arms_turn_around_the_centre_one_class_per_arm() {
        Dataset s = Synthetic.spirals(300, 3, 0, 1);
        Matrix x = s.x();
        double maxR = 0;
        for (int i = 0; i < s.size(); i++) {
            maxR = Math.max(maxR, Math.hypot(x.get(i, 0), x.get(i, 1)));
        }
        assertThat(s.classes()).isEqualTo(3);
        assertThat(maxR).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void function_samples_are_evenly_spaced_and_exact_without_noise() {
        Dataset d = Synthetic.function1d(x -> x * x, 5, -2, 2, 0, 1);
        Dataset noisy = Synthetic.function1d(x -> x * x, 2000, -2, 2, 0.5, 1);
        double residualStd = Math.sqrt(noisy.y().sub(noisy.x().pow(2)).pow(2).mean());
        assertAll(
                () -> assertThat(d.x()).isEqualTo(Matrix.column(-2, -1, 0, 1, 2)),
                () -> assertThat(d.y()).isEqualTo(Matrix.column(4, 1, 0, 1, 4)),
                () -> assertThat(d.isClassification()).isFalse(),
                () -> assertThat(residualStd).isCloseTo(0.5, org.assertj.core.data.Offset.offset(0.03)));
    }

    @Test
    void bad_sizes_and_noise_say_what_to_pass() {
        assertAll(
                () -> assertThatThrownBy(() -> Synthetic.moons(1, 0.1, 1)).hasMessageContaining("n is 1"),
                () -> assertThatThrownBy(() -> Synthetic.circles(10, -0.1, 1)).hasMessageContaining("noise is -0.1"),
                () -> assertThatThrownBy(() -> Synthetic.spirals(10, 1, 0, 1)).hasMessageContaining("arms is 1"),
                () -> assertThatThrownBy(() -> Synthetic.blobs(10, 0, 0, 1)).hasMessageContaining("classes is 0"),
                () -> assertThatThrownBy(() -> Synthetic.function1d(Math::sin, 10, 1, 1, 0, 1)).hasMessageContaining("lo < hi"));
    }
}
