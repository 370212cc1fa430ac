// nn-grader release [NOTEBOOK...] --out DIR: validate instructor notebooks and write student versions.
package org.nnworkbook.grader.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.nnworkbook.grader.WorkbookHome;
import org.nnworkbook.grader.assignment.Assignment;
import org.nnworkbook.grader.grading.ReleaseCheck;
import org.nnworkbook.grader.release.Releaser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "release", mixinStandardHelpOptions = true,
        description = {"Checks instructor notebooks and writes their student versions into DIR under the same file names:",
                "solutions stubbed, outputs cleared, locked cells fingerprinted.",
                "Without NOTEBOOK, releases every assignment in notebooks/ (notebooks with nbgrader cells).",
                "Exit code 1 when a notebook has problems; then nothing is written.",
                "With --check NOTEBOOK, first grades its instructor version (must score full marks) and its blank",
                "student version (must score 0) and names each failing test; writes only with --out and when both pass."})
final class ReleaseCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "NOTEBOOK", description = "Instructor notebooks (.ipynb).")
    List<Path> notebooks = List.of();

    @Option(names = "--out", paramLabel = "DIR", description = "Folder for the student versions (optional with --check).")
    Path out;

    @Option(names = "--check", description = "Grade the instructor and blank versions of one NOTEBOOK (a quick test of its hidden tests).")
    boolean check;

    @Option(names = "--tests", paramLabel = "DIR",
            description = "Hidden tests folder, when there is one NOTEBOOK and its tests are not in grader/assignments/<name>/.")
    Path tests;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (check) {
            return checkOne();
        }
        if (out == null) {
            return usage("name the folder for the student versions with --out DIR (or use --check NOTEBOOK)");
        }
        List<Path> chosen = notebooks;
        if (chosen.isEmpty()) {
            Path dir = WorkbookHome.locate().notebooks();
            chosen = assignmentsIn(dir);
            if (chosen.isEmpty()) {
                spec.commandLine().getOut().println("release: no assignment notebooks in " + dir
                        + " (an assignment is a notebook with nbgrader cells); nothing released");
                return 0;
            }
        }
        if (tests != null && chosen.size() != 1) {
            spec.commandLine().getErr().println("release: --tests names the tests of one notebook; name exactly one NOTEBOOK");
            return 2;
        }
        for (Path notebook : chosen) {
            if (!Files.isRegularFile(notebook)) {
                spec.commandLine().getErr().println("release: " + notebook + " is not a file");
                return 2;
            }
        }
        boolean ok = Releaser.release(chosen, out, tests, spec.commandLine().getOut(), spec.commandLine().getErr());
        return ok ? 0 : 1;
    }

    private int checkOne() throws IOException, InterruptedException {
        if (notebooks.size() != 1) {
            return usage("--check grades one assignment; name exactly one NOTEBOOK");
        }
        if (!Files.isRegularFile(notebooks.get(0))) {
            return usage(notebooks.get(0) + " is not a file");
        }
        if (!ReleaseCheck.run(notebooks.get(0), tests, spec.commandLine().getOut(), spec.commandLine().getErr())) {
            return 1;
        }
        return out == null ? 0 : Releaser.release(notebooks, out, tests, spec.commandLine().getOut(),
                spec.commandLine().getErr()) ? 0 : 1;
    }

    private int usage(String message) {
        spec.commandLine().getErr().println("release: " + message);
        return 2;
    }

    static List<Path> assignmentsIn(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".ipynb")).sorted().filter(Assignment::isAssignment).toList();
        }
    }
}
