// The --jobs and --isolation options of the commands that grade a generated batch (bench, answers).
package org.nnworkbook.grader.cli;

import org.nnworkbook.grader.sandbox.Isolation;
import picocli.CommandLine.Option;

final class BatchOptions {
    @Option(names = "--jobs", defaultValue = "2", paramLabel = "N", description = "Submissions graded at once (default: ${DEFAULT-VALUE}).")
    int jobs;

    @Option(names = "--isolation", defaultValue = "auto", converter = IsolationOption.class, paramLabel = "KIND",
            description = "auto, bwrap, security-manager or none (default: auto).")
    Isolation isolation;
}
