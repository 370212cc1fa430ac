// The grader's command line: nn-grader release | grade | bench | answers (what ./workbook calls).
package org.nnworkbook.grader.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "nn-grader", mixinStandardHelpOptions = true, version = "nn-grader 0.1.0",
        description = "Releases student versions of assignment notebooks and grades submissions with hidden JUnit 5 tests.",
        subcommands = {ReleaseCommand.class, GradeCommand.class, BenchCommand.class, AnswersCommand.class,
                MergeCommand.class, GradescopeCommand.class, AutogradeCommand.class})
public final class GraderCli implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs a command line and returns its exit code. */
    public static int execute(String... args) {
        return execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    /** Runs a command line with its output going to the given writers (what the tests use). */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new GraderCli()).setOut(out).setErr(err)
                .setOverwrittenOptionsAllowed(true); // the last of a repeated option wins, so wrappers can pass defaults
        cli.setExecutionExceptionHandler((e, line, parsed) -> {
            line.getErr().println(line.getCommandName() + ": " + e.getMessage());
            return 2;
        });
        return cli.execute(args);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command: release, grade, merge, gradescope, bench or answers");
    }
}
