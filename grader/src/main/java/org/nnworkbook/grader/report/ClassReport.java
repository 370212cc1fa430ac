// The class report: reads a grading folder's results/*.json and writes report.html beside grades.csv.
package org.nnworkbook.grader.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Built from the files alone, never from a run's memory, so a resumed run, a regrade of some
 * students or a merge of shards gets the report of exactly the results in the folder.
 * Entry point: {@link #write(Path)}.
 */
public final class ClassReport {
    public static final String FILE = "report.html";
    private static final ObjectMapper JSON = new ObjectMapper();

    private ClassReport() {
    }

    /** Writes {@code outDir/report.html} from {@code outDir/results/*.json} and returns its path. */
    public static Path write(Path outDir) throws IOException {
        ClassSummary summary = read(outDir);
        // Charts draw with AWT; a grading server has no display.
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
        List<ClassCharts.Chart> charts = List.of(ClassCharts.scoreHistogram(summary),
                ClassCharts.exercisePassRates(summary), ClassCharts.testPassRates(summary));
        Path report = outDir.resolve(FILE);
        Path partial = outDir.resolve(FILE + ".part");
        Files.writeString(partial, ClassReportHtml.of(summary, charts), StandardCharsets.UTF_8);
        Files.move(partial, report, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE); // a reader never sees half a page
        return report;
    }

    /**
     * What a grading run calls last: writes the report and says where, or, when it cannot be drawn
     * (a machine without fonts, a full disk), says so without failing the run, whose grades are complete.
     */
    public static void writeAfterGrading(Path outDir, PrintWriter out, PrintWriter err) {
        try {
            out.println("class report: " + write(outDir));
        } catch (IOException | RuntimeException | LinkageError e) {
            err.println("grade: the class report " + outDir.resolve(FILE) + " could not be written (" + e
                    + "); grades.csv, feedback/ and results/ are complete");
        }
    }

    /** The figures of the page, from {@code outDir/results/*.json}. */
    public static ClassSummary read(Path outDir) throws IOException {
        Path results = outDir.resolve("results");
        List<ReportData.Submission> submissions = new ArrayList<>();
        List<String> withoutData = new ArrayList<>();
        if (Files.isDirectory(results)) {
            try (Stream<Path> files = Files.list(results)) {
                for (Path file : files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList()) {
                    ReportData.Submission submission = readOne(file);
                    if (submission == null) {
                        withoutData.add(file.getFileName().toString());
                    } else {
                        submissions.add(submission);
                    }
                }
            }
        }
        return ClassSummary.of(submissions, withoutData);
    }

    private static ReportData.Submission readOne(Path file) {
        try {
            return ReportData.read(JSON.readTree(file.toFile()));
        } catch (IOException | RuntimeException e) {
            return null; // a damaged file is listed on the page rather than stopping the report
        }
    }
}
