// --shard i/n: which part of a sorted batch this run grades.
package org.nnworkbook.grader.grading;

import java.util.ArrayList;
import java.util.List;

/**
 * Submission k (0-based, in name order) belongs to shard (k mod n) + 1, so shards are disjoint,
 * together cover the batch, and differ in size by at most one.
 */
public record Shard(int index, int count) {
    public static final Shard ALL = new Shard(1, 1);

    public static Shard parse(String text) {
        String[] parts = text.split("/");
        try {
            if (parts.length == 2) {
                Shard shard = new Shard(Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip()));
                if (shard.count >= 1 && shard.index >= 1 && shard.index <= shard.count) {
                    return shard;
                }
            }
        } catch (NumberFormatException e) {
            // Reported below.
        }
        throw new IllegalArgumentException("--shard must look like i/n with 1 <= i <= n, e.g. 2/4; got '" + text + "'");
    }

    public <T> List<T> select(List<T> sorted) {
        List<T> mine = new ArrayList<>();
        for (int k = 0; k < sorted.size(); k++) {
            if (k % count == index - 1) {
                mine.add(sorted.get(k));
            }
        }
        return mine;
    }
}
