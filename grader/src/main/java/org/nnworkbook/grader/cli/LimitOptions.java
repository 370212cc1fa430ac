// The per-cell, per-test and memory limits, the same options for grade, gradescope and autograde.
package org.nnworkbook.grader.cli;

import java.time.Duration;
import java.util.List;
import org.nnworkbook.grader.sandbox.Limits;
import picocli.CommandLine.Option;

/**
 * {@code grade} applies them, {@code gradescope} writes them into run_autograder and {@code autograde}
 * applies them there. The whole-submission limit is each command's own: its default differs
 * (Gradescope stops a run after 10 minutes, so results.json must be written before that).
 */
final class LimitOptions {
    @Option(names = "--cell-timeout", defaultValue = "30s", converter = Converters.Seconds.class, paramLabel = "TIME",
            description = "Wall-clock limit per notebook cell (default: ${DEFAULT-VALUE}).")
    Duration cellTimeout;

    @Option(names = "--test-timeout", defaultValue = "10s", converter = Converters.Seconds.class, paramLabel = "TIME",
            description = "Wall-clock limit per hidden test (default: ${DEFAULT-VALUE}).")
    Duration testTimeout;

    @Option(names = "--memory", defaultValue = "512m", converter = Converters.Megabytes.class, paramLabel = "SIZE",
            description = "Java heap of the execution VM (default: ${DEFAULT-VALUE}).")
    int memory;

    Limits applyTo(Limits limits) {
        return limits.withCellTimeout(cellTimeout).withTestTimeout(testTimeout).withHeapMegabytes(memory);
    }

    /** The same limits as command-line arguments (for run_autograder). */
    List<String> arguments() {
        return List.of("--cell-timeout", cellTimeout.toMillis() + "ms", "--test-timeout", testTimeout.toMillis() + "ms",
                "--memory", memory + "m");
    }
}
