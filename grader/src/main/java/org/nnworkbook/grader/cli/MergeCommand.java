// nn-grader merge DIR... --out DIR [--roster CSV]: shards' output folders combined into one (./workbook grade merge).
package org.nnworkbook.grader.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.nnworkbook.grader.grading.ShardMerge;
import org.nnworkbook.grader.report.ClassReport;
import org.nnworkbook.grader.grading.Roster;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "merge", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Merges the --out folders of grade runs of one assignment (e.g. its --shard i/n runs) into one:",
                "grades.csv sorted by name, feedback/ and results/. Refuses, writing nothing, folders of different",
                "assignments or options, a submission with different results in two folders, and unfinished runs.",
                "Exit code 0 when merged, 2 when refused."})
final class MergeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "DIR", description = "The --out folders of grade runs.")
    List<Path> dirs;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "A new (or empty) folder for the merged results.")
    Path out;

    @Option(names = "--roster", paramLabel = "CSV",
            description = "Adds student_id and email columns and rows for students without a submission (see grade --roster).")
    Path roster;

    @Override
    public Integer call() throws IOException {
        Roster students = null;
        if (roster != null) {
            try {
                students = Roster.read(roster);
            } catch (IllegalArgumentException e) {
                spec.commandLine().getErr().println("merge: " + e.getMessage());
                return 2;
            }
        }
        int exit = ShardMerge.merge(dirs, out, students, spec.commandLine().getOut(), spec.commandLine().getErr());
        if (exit == 0) {
            // The class report covers the whole class only once the shards are together.
            ClassReport.writeAfterGrading(out, spec.commandLine().getOut(), spec.commandLine().getErr());
        }
        return exit;
    }
}
