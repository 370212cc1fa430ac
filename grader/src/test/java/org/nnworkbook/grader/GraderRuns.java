// Test fixture: grade runs as separate processes (to kill one midway), and outputs compared file by file.
package org.nnworkbook.grader;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.nnworkbook.grader.cli.GraderCli;
import org.nnworkbook.grader.grading.RunFolder;

final class GraderRuns {
    /** The line "graded NAME: ..." the grader writes to stderr for each submission it grades. */
    private static final Pattern GRADED = Pattern.compile("(?m)^graded ([^:\\s]+): ");

    private GraderRuns() {
    }

    /** Six notebooks of the sample: complete (ada, eve), blank (bob, fay), relu wrong (cy, 9 of 10), dot wrong (dee). */
    static Path aClassOfSix(SampleWorkbook workbook, Path folder) throws IOException {
        Files.createDirectories(folder);
        Files.copy(workbook.instructor, folder.resolve("ada.ipynb"));
        Files.copy(workbook.studentVersion, folder.resolve("bob.ipynb"));
        SampleWorkbook.write(SampleWorkbook.withSource(workbook.instructorJson(), "relu",
                "double relu(double x) { return x; }"), folder.resolve("cy.ipynb"));
        SampleWorkbook.write(SampleWorkbook.withSource(workbook.instructorJson(), "dot",
                "double dot(double[] a, double[] b) { return 0; }"), folder.resolve("dee.ipynb"));
        Files.copy(workbook.instructor, folder.resolve("eve.ipynb"));
        Files.copy(workbook.studentVersion, folder.resolve("fay.ipynb"));
        return folder;
    }

    /** The arguments {@link SampleWorkbook#grade} uses, for a grader started as its own process. */
    static List<String> gradeArgs(SampleWorkbook workbook, Path submissions, Path out, String... extra) {
        List<String> args = new ArrayList<>(List.of("grade", "--assignment", workbook.instructor.toString(),
                "--submissions", submissions.toString(), "--out", out.toString(),
                "--cell-timeout", "8s", "--test-timeout", "8s", "--memory", "256m"));
        args.addAll(List.of(extra));
        return args;
    }

    /** Starts the grader's command line in a new JVM; its stdout and stderr go to LOG.out and LOG.err. */
    static Process start(List<String> args, Path log) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), GraderCli.class.getName()));
        command.addAll(args);
        return new ProcessBuilder(command).redirectOutput(log.resolveSibling(log.getFileName() + ".out").toFile())
                .redirectError(log.resolveSibling(log.getFileName() + ".err").toFile()).start();
    }

    static String err(Path log) throws IOException {
        return Files.readString(log.resolveSibling(log.getFileName() + ".err"));
    }

    /** SIGKILL: the grader gets no chance to tidy up; its execution VMs are killed with it. */
    static void kill(Process grader) throws InterruptedException {
        grader.descendants().forEach(ProcessHandle::destroyForcibly);
        grader.destroyForcibly();
        grader.waitFor();
    }

    /** The submissions a run graded, from its log, in the order graded. */
    static List<String> graded(String err) {
        List<String> names = new ArrayList<>();
        Matcher m = GRADED.matcher(err);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    /** Submissions with a record in a run folder (complete: records are renamed into place), sorted. */
    static List<String> recorded(Path out) throws IOException {
        Path records = out.resolve(RunFolder.RECORDS);
        if (!Files.isDirectory(records)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(records)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.matches("[^.].*\\.json"))
                    .map(n -> n.substring(0, n.length() - ".json".length())).sorted().toList();
        }
    }

    /**
     * grades.csv byte for byte; each results JSON equal but for execution_time (and the class report's
     * copy of it, extra_data.class_report.seconds); each feedback page
     * equal but for its "Graded in N s" footer. The times are measured, so they differ between runs.
     */
    static void assertSameOutputs(Path actual, Path expected) throws IOException {
        assertThat(Files.readString(actual.resolve("grades.csv"))).isEqualTo(Files.readString(expected.resolve("grades.csv")));
        assertThat(list(actual.resolve("results"))).isEqualTo(list(expected.resolve("results")));
        assertThat(list(actual.resolve("feedback"))).isEqualTo(list(expected.resolve("feedback")));
        for (String name : list(expected.resolve("results"))) {
            ObjectNode mine = (ObjectNode) SampleWorkbook.JSON.readTree(actual.resolve("results").resolve(name).toFile());
            ObjectNode theirs = (ObjectNode) SampleWorkbook.JSON.readTree(expected.resolve("results").resolve(name).toFile());
            assertThat(mine.remove("execution_time")).as(name).isNotNull();
            theirs.remove("execution_time");
            for (ObjectNode result : List.of(mine, theirs)) {
                if (result.path("extra_data").path("class_report") instanceof ObjectNode report) {
                    report.remove("seconds");
                }
            }
            assertThat(mine).as(name).isEqualTo(theirs);
        }
        for (String name : list(expected.resolve("feedback"))) {
            assertThat(untimed(actual.resolve("feedback").resolve(name))).as(name)
                    .isEqualTo(untimed(expected.resolve("feedback").resolve(name)));
        }
    }

    private static String untimed(Path feedback) throws IOException {
        return Files.readString(feedback).replaceAll("Graded in [0-9.]+ s", "Graded in N s");
    }

    static List<String> list(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }
}
