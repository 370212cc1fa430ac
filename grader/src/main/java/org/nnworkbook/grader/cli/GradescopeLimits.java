// The limits of a Gradescope run: the per-cell, per-test and memory ones, and a submission limit under Gradescope's own.
package org.nnworkbook.grader.cli;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.nnworkbook.grader.sandbox.Limits;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code gradescope} writes them into run_autograder; {@code autograde} applies them there. */
final class GradescopeLimits {
    @Mixin
    LimitOptions perCell;

    @Option(names = "--submission-timeout", defaultValue = "8m", converter = Converters.Seconds.class, paramLabel = "TIME",
            description = {"Wall-clock limit for the submission (default: ${DEFAULT-VALUE}, under Gradescope's",
                    "default of 10 minutes, so results.json is written before Gradescope stops the run)."})
    Duration submissionTimeout;

    Limits limits() {
        return perCell.applyTo(Limits.defaults().withSubmissionTimeout(submissionTimeout));
    }

    /** The same limits as autograde's command-line arguments. */
    List<String> arguments() {
        List<String> arguments = new ArrayList<>(perCell.arguments());
        arguments.addAll(List.of("--submission-timeout", submissionTimeout.toMillis() + "ms"));
        return arguments;
    }
}
