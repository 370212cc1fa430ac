// nn-grader bench: grades a class of typical submissions and prints {"bench":"grader","submissions_per_minute":...}.
package org.nnworkbook.grader.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.nnworkbook.grader.bench.Bench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Grades a generated class (complete, blank and half-done notebooks) and prints one JSON line",
                "with submissions graded per minute. Uses the bundled sample assignment unless --assignment is given."})
final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--assignment", paramLabel = "NOTEBOOK", description = "An instructor notebook (default: the bundled sample).")
    Path assignment;

    @Option(names = "--submissions", defaultValue = "16", paramLabel = "N", description = "Class size (default: ${DEFAULT-VALUE}).")
    int submissions;

    @Mixin
    BatchOptions batch;

    @Override
    public Integer call() throws Exception {
        if (submissions < 1 || batch.jobs < 1) {
            spec.commandLine().getErr().println("bench: --submissions and --jobs must be at least 1");
            return 2;
        }
        return Bench.run(assignment, submissions, batch.jobs, batch.isolation, spec.commandLine().getOut(), spec.commandLine().getErr());
    }
}
