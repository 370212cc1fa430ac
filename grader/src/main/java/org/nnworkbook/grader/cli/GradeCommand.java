// nn-grader grade --assignment NOTEBOOK --submissions DIR_OR_FILES --out DIR [--jobs N] [--shard i/n] [limits]
package org.nnworkbook.grader.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.nnworkbook.grader.grading.BatchGrader;
import org.nnworkbook.grader.grading.RunChoices;
import org.nnworkbook.grader.grading.Shard;
import org.nnworkbook.grader.grading.Roster;
import org.nnworkbook.grader.sandbox.Isolation;
import org.nnworkbook.grader.sandbox.Limits;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "grade", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Grades submissions of one assignment with its hidden tests. Writes DIR/grades.csv,",
                "DIR/feedback/<submission>.html and DIR/results/<submission>.json (Gradescope format).",
                "Exit code 0 when the batch was graded, whatever the grades; 2 when it could not start.",
                "Run again into the same DIR to resume: results of unchanged submissions graded with the same",
                "assignment and options are kept (see --only, --fresh, --others)."})
final class GradeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--assignment", required = true, paramLabel = "NOTEBOOK", description = "The instructor notebook.")
    Path assignment;

    @Option(names = "--submissions", required = true, arity = "1..*", paramLabel = "DIR_OR_FILES",
            description = "Submitted notebooks, or folders of them (or of one folder per student).")
    List<Path> submissions;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder for the results.")
    Path out;

    @Option(names = "--jobs", defaultValue = "1", paramLabel = "N", description = "Submissions graded at once (default: ${DEFAULT-VALUE}).")
    int jobs;

    @Option(names = "--shard", defaultValue = "1/1", paramLabel = "i/n",
            description = "Grade only part i of n of the submissions (sorted by name), e.g. 2/4.")
    String shard;

    @Mixin
    LimitOptions limits;

    @Option(names = "--submission-timeout", defaultValue = "10m", converter = Converters.Seconds.class, paramLabel = "TIME",
            description = {"Wall-clock limit per submission, cells and tests together (default: ${DEFAULT-VALUE});",
                    "on expiry its VM is killed, the tests that passed still count and its status is timeout."})
    Duration submissionTimeout;

    @Option(names = "--startup-timeout", defaultValue = "30s", converter = Converters.Seconds.class, paramLabel = "TIME",
            description = "Limit for the execution VM to start (default: ${DEFAULT-VALUE}).")
    Duration startupTimeout;

    @Option(names = "--isolation", defaultValue = "auto", converter = IsolationOption.class, paramLabel = "KIND",
            description = "auto, bwrap, security-manager or none (default: auto = the strongest that works here).")
    Isolation isolation;

    @Option(names = "--tests", paramLabel = "DIR", description = "Hidden tests folder (default: grader/assignments/<notebook name>/).")
    Path tests;

    @Option(names = "--classpath", paramLabel = "PATH", description = "Extra jar or folder for student code (repeatable).")
    List<Path> classpath = List.of();

    // Runs into a folder that holds an earlier run's results (see the README's "Resuming and regrading").
    @Option(names = "--only", arity = "1..*", paramLabel = "NAME",
            description = "Grade only these submissions again; every other result in DIR stays as it is.")
    List<String> only = List.of();

    @Option(names = "--fresh", description = "Grade every submission again, ignoring the results kept in DIR.")
    boolean fresh;

    @Option(names = "--others", defaultValue = "keep", paramLabel = "keep|remove",
            description = {"Results in DIR of submissions not in this batch: keep them, with their rows in grades.csv,",
                    "or remove them (default: ${DEFAULT-VALUE}). Either way they are listed."})
    String others;

    @Option(names = "--roster", paramLabel = "CSV",
            description = "Adds student_id and email columns to grades.csv, from a CSV with the header submission,student_id,email.")
    Path roster;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (jobs < 1) {
            return usage("--jobs must be at least 1");
        }
        Shard part;
        try {
            part = Shard.parse(shard);
        } catch (IllegalArgumentException e) {
            return usage(e.getMessage());
        }
        if (!Files.isRegularFile(assignment)) {
            return usage("--assignment " + assignment + " is not a file");
        }
        for (Path submission : submissions) {
            if (out.toAbsolutePath().normalize().startsWith(submission.toAbsolutePath().normalize())
                    && Files.isDirectory(submission)) {
                return usage("--out " + out + " is inside the submissions folder " + submission + "; choose another folder");
            }
        }
        for (Path entry : classpath) {
            if (!Files.exists(entry)) {
                return usage("--classpath " + entry + " does not exist");
            }
        }
        if (!others.equals("keep") && !others.equals("remove")) {
            return usage("--others must be keep or remove; got '" + others + "'");
        }
        if (fresh && !only.isEmpty()) {
            return usage("--fresh grades everything again and --only only some; give one of them");
        }
        Roster students = null;
        if (roster != null) {
            try {
                students = Roster.read(roster);
            } catch (IllegalArgumentException e) {
                return usage(e.getMessage());
            }
        }
        Limits limits = this.limits.applyTo(Limits.defaults().withStartupTimeout(startupTimeout)
                .withSubmissionTimeout(submissionTimeout));
        BatchGrader.Options options = new BatchGrader.Options(assignment, submissions, out, jobs, part, limits,
                isolation, tests, classpath.stream().map(p -> p.toAbsolutePath().normalize()).toList(),
                new RunChoices(only, fresh, others.equals("remove"), students));
        return BatchGrader.run(options, spec.commandLine().getOut(), spec.commandLine().getErr());
    }

    private int usage(String message) {
        spec.commandLine().getErr().println("grade: " + message);
        return 2;
    }
}
