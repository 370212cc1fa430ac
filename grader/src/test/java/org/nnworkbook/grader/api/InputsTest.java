// Random test inputs: the same for every student, in range, rounded so that expressions stay short.
package org.nnworkbook.grader.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class InputsTest {

    @Test
    void the_same_seed_gives_the_same_inputs_and_another_seed_other_ones() {
        assertThat(Inputs.uniform(new Random(303), 7, 4, 2.0)).isDeepEqualTo(Inputs.uniform(new Random(303), 7, 4, 2.0));
        assertThat(Inputs.gaussian(new Random(1), 20, 1.0)).isEqualTo(Inputs.gaussian(new Random(1), 20, 1.0))
                .isNotEqualTo(Inputs.gaussian(new Random(2), 20, 1.0));
    }

    @Test
    void uniform_values_lie_in_their_range_with_two_decimals() {
        double[] v = Inputs.between(new Random(5), 2000, 0.03, 0.97);
        assertThat(Arrays.stream(v).boxed()).allSatisfy(x -> assertThat(x).isBetween(0.03, 0.97));
        assertThat(Arrays.stream(v).boxed()).allSatisfy(x -> assertThat(Double.toString(x)).matches("0\\.\\d{1,2}"));
        double[] w = Inputs.uniform(new Random(6), 2000, 3.0);
        assertThat(Arrays.stream(w).min().orElseThrow()).isBetween(-3.0, -2.9);
        assertThat(Arrays.stream(w).max().orElseThrow()).isBetween(2.9, 3.0);
    }

    @Test
    void gaussian_values_have_the_scale_asked_for_and_three_decimals() {
        double[] v = Inputs.gaussian(new Random(7), 4000, 2.0);
        double mean = Arrays.stream(v).average().orElseThrow();
        double sd = Math.sqrt(Arrays.stream(v).map(x -> (x - mean) * (x - mean)).average().orElseThrow());
        assertThat(mean).isBetween(-0.15, 0.15);
        assertThat(sd).isBetween(1.9, 2.1);
        assertThat(Arrays.stream(v).boxed()).allSatisfy(x -> assertThat(Math.abs(x * 1000 - Math.rint(x * 1000))).isLessThan(1e-6));
        assertThat(Inputs.gaussian(new Random(7), 3, 5, 1.0)).hasDimensions(3, 5);
    }

    @Test
    void bits_are_zeros_and_ones_of_both_kinds() {
        double[] y = Inputs.bits(new Random(8), 100);
        assertThat(y).containsOnly(0.0, 1.0).contains(0.0, 1.0);
    }
}
