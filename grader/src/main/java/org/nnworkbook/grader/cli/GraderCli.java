// The grader's command line: nn-grader release | grade | bench (what ./workbook calls).
package org.nnworkbook.grader.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "nn-grader", mixinStandardHelpOptions = true, version = "nn-grader 0.1.0",
        description = "Releases student versions of assignment notebooks and grades submissions with hidden JUnit 5 tests.",
        subcommands = {ReleaseCommand.class, GradeCommand.class, BenchCommand.class})
public final class GraderCli implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs a command line and returns its exit code (tests call this instead of main). */
    public static int execute(String... args) {
        CommandLine cli = new CommandLine(new GraderCli());
        cli.setExecutionExceptionHandler((e, line, parsed) -> {
            line.getErr().println(line.getCommandName() + ": " + e.getMessage());
            return 2;
        });
        return cli.execute(args);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command: release, grade or bench");
    }
}
