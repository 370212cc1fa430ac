// nn-grader autograde: what the Gradescope zip's run_autograder calls (one submission → results.json).
package org.nnworkbook.grader.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.nnworkbook.grader.gradescope.Autograder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "autograde", mixinStandardHelpOptions = true, sortOptions = false, hidden = true,
        description = {"Grades one Gradescope submission (a folder holding the student's notebook) into results.json.",
                "run_autograder in the zip of `gradescope` calls it; exit code 1 when results.json holds no grade."})
final class AutogradeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--assignment", required = true, paramLabel = "NOTEBOOK", description = "The instructor notebook.")
    Path assignment;

    @Option(names = "--tests", paramLabel = "DIR", description = "Hidden tests folder (default: grader/assignments/<notebook name>/).")
    Path tests;

    @Option(names = "--submission", defaultValue = "/autograder/submission", paramLabel = "DIR",
            description = "The submitted files (default: ${DEFAULT-VALUE}).")
    Path submission;

    @Option(names = "--results", defaultValue = "/autograder/results/results.json", paramLabel = "FILE",
            description = "Where to write the results (default: ${DEFAULT-VALUE}).")
    Path results;

    @Option(names = "--run-as", paramLabel = "USER", description = "Run student code as this unprivileged user (the grader must be root).")
    String user;

    @Mixin
    GradescopeLimits limits;

    @Override
    public Integer call() throws IOException, InterruptedException {
        return Autograder.run(new Autograder.Options(assignment, tests, submission, results, user, limits.limits()),
                spec.commandLine().getOut());
    }
}
