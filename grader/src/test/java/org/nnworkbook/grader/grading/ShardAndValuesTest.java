// Shard arithmetic and the reading of JShell's value strings, without any VM.
package org.nnworkbook.grader.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ShardAndValuesTest {
    @Test
    void three_shards_of_ten_cover_everything_once_and_differ_in_size_by_at_most_one() {
        List<Integer> all = IntStream.range(0, 10).boxed().toList();
        List<Integer> seen = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            List<Integer> part = Shard.parse(i + "/3").select(all);
            assertThat(part.size()).isBetween(3, 4);
            seen.addAll(part);
        }
        assertThat(seen).containsExactlyInAnyOrderElementsOf(all);
    }

    @Test
    void a_shard_outside_its_count_is_refused() {
        assertThatThrownBy(() -> Shard.parse("0/2")).hasMessageContaining("1 <= i <= n");
        assertThatThrownBy(() -> Shard.parse("half")).hasMessageContaining("got 'half'");
    }

    @Test
    void jshell_arrays_and_printed_lists_read_back_as_numbers() {
        assertThat(JShellValues.doubleArray("double[3] { 1.0, -2.5, 3.0E-4 }")).containsExactly(1.0, -2.5, 3.0E-4);
        assertThat(JShellValues.doubleArray("int[0] {  }")).isEmpty();
        assertThat(JShellValues.doubleArray("[0.5, NaN]")).containsExactly(0.5, Double.NaN);
        assertThat(JShellValues.doubleArray("Matrix@1f2a")).isNull();
        assertThat(JShellValues.doubleArray("[a, b]")).isNull();
    }
}
