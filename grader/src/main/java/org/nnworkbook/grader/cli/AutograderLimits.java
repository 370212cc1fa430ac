// The grading limits an instructor sets for Gradescope: chosen when the zip is made, applied by every run of it.
package org.nnworkbook.grader.cli;

import java.time.Duration;
import java.util.List;
import org.nnworkbook.grader.sandbox.Limits;
import picocli.CommandLine.Option;

/**
 * Shared by {@code gradescope} (which writes them into run_autograder) and {@code autograde} (which
 * applies them). The submission limit stays under Gradescope's default of 10 minutes, so results.json
 * is written before Gradescope stops the run.
 */
final class AutograderLimits {
    @Option(names = "--cell-timeout", defaultValue = "30s", converter = Converters.Seconds.class, paramLabel = "TIME",
            description = "Wall-clock limit per notebook cell (default: ${DEFAULT-VALUE}).")
    Duration cellTimeout;

    @Option(names = "--test-timeout", defaultValue = "10s", converter = Converters.Seconds.class, paramLabel = "TIME",
            description = "Wall-clock limit per hidden test (default: ${DEFAULT-VALUE}).")
    Duration testTimeout;

    @Option(names = "--submission-timeout", defaultValue = "8m", converter = Converters.Seconds.class, paramLabel = "TIME",
            description = {"Wall-clock limit for the submission (default: ${DEFAULT-VALUE}, under Gradescope's",
                    "default of 10 minutes, so results.json is written before Gradescope stops the run)."})
    Duration submissionTimeout;

    @Option(names = "--memory", defaultValue = "512m", converter = Converters.Megabytes.class, paramLabel = "SIZE",
            description = "Java heap of the execution VM (default: ${DEFAULT-VALUE}).")
    int memory;

    Limits limits() {
        return Limits.defaults().withCellTimeout(cellTimeout).withTestTimeout(testTimeout)
                .withSubmissionTimeout(submissionTimeout).withHeapMegabytes(memory);
    }

    /** The same limits as autograde's command-line arguments. */
    List<String> arguments() {
        return List.of("--cell-timeout", cellTimeout.toMillis() + "ms", "--test-timeout", testTimeout.toMillis() + "ms",
                "--submission-timeout", submissionTimeout.toMillis() + "ms", "--memory", memory + "m");
    }
}
