// The grade step: grades a batch of submissions (in parallel with --jobs) and writes every report.
package org.nnworkbook.grader.grading;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.nnworkbook.grader.WorkbookHome;
import org.nnworkbook.grader.assignment.Assignment;
import org.nnworkbook.grader.notebook.Notebook;
import org.nnworkbook.grader.release.StudentVersion;
import org.nnworkbook.grader.report.ClassReport;
import org.nnworkbook.grader.report.FeedbackHtml;
import org.nnworkbook.grader.report.GradesCsv;
import org.nnworkbook.grader.report.GradescopeJson;
import org.nnworkbook.grader.report.ReportData;
import org.nnworkbook.grader.result.Status;
import org.nnworkbook.grader.result.SubmissionResult;
import org.nnworkbook.grader.sandbox.Isolation;
import org.nnworkbook.grader.sandbox.Limits;
import org.nnworkbook.grader.sandbox.Sandbox;
import org.nnworkbook.grader.sandbox.SandboxException;

/**
 * Each submission's feedback and JSON are written as soon as it is graded; grades.csv is written
 * at the end, sorted by submission name, so its content does not depend on --jobs or on timing.
 * Exit codes: 0 when the batch was graded (whatever the grades), 2 when it could not start.
 */
public final class BatchGrader {
    /** What one grade run needs; null isolation means the strongest available. */
    public record Options(Path assignment, List<Path> submissions, Path out, int jobs, Shard shard,
                          Limits limits, Isolation isolation, Path testsDir, List<Path> extraClasspath,
                          RunChoices run) {
        /** A run that keeps what an earlier run in the same folder graded (see {@link RunPlan}). */
        public Options(Path assignment, List<Path> submissions, Path out, int jobs, Shard shard, Limits limits,
                       Isolation isolation, Path testsDir, List<Path> extraClasspath) {
            this(assignment, submissions, out, jobs, shard, limits, isolation, testsDir, extraClasspath, RunChoices.DEFAULT);
        }
    }

    private BatchGrader() {
    }

    public static int run(Options options, PrintWriter out, PrintWriter err) throws IOException, InterruptedException {
        try (Assignment assignment = Assignment.load(options.assignment(), options.testsDir())) {
            if (!assignment.problems().isEmpty()) {
                assignment.problems().forEach(p -> err.println("grade: " + p));
                err.println("grade: the assignment has problems (see above); nothing was graded");
                return 2;
            }
            List<Submissions.Entry> entries;
            try {
                entries = options.shard().select(Submissions.resolve(options.submissions(),
                        options.assignment().getFileName().toString()));
            } catch (IOException e) {
                err.println("grade: " + e.getMessage());
                return 2;
            }
            WorkbookHome home = WorkbookHome.locate();
            List<Path> classpath = new ArrayList<>(home.studentClasspath());
            classpath.addAll(options.extraClasspath());
            try (Sandbox sandbox = Sandbox.create(options.isolation(), options.limits(), classpath, home.readableData())) {
                RunFolder folder = new RunFolder(Files.createDirectories(options.out()));
                RunFolder.Stamp stamp = stampOf(assignment, sandbox, options);
                RunPlan plan;
                try {
                    plan = RunStart.prepare(folder, entries, stamp, options.run(), out, err);
                } catch (IllegalArgumentException e) {
                    err.println("grade: " + e.getMessage());
                    return 2;
                }
                List<String> batch = entries.stream().map(Submissions.Entry::name).toList();
                entries = plan.toGrade();
                out.println("grading " + entries.size() + " submission(s) of " + assignment.id() + " with "
                        + options.jobs() + " job(s); " + sandbox.summary());
                List<SubmissionResult> results = gradeAll(assignment, sandbox, entries, options, stamp, err);
                int rows = GradesFile.write(folder, batch, options.run().roster(), options.shard().count() == 1, out);
                long ok = results.stream().filter(r -> r.status() == Status.OK).count();
                out.println("graded " + results.size() + " submission(s), " + ok + " with status ok; results in "
                        + options.out() + " (grades.csv: " + rows + " row(s))");
                ClassReport.writeAfterGrading(options.out(), out, err);
                return 0;
            } catch (SandboxException e) {
                err.println("grade: " + e.getMessage());
                return 2;
            }
        }
    }

    public static List<SubmissionResult> gradeAll(Assignment assignment, Sandbox sandbox, List<Submissions.Entry> entries,
                                           Options options, PrintWriter err) throws IOException, InterruptedException {
        return gradeAll(assignment, sandbox, entries, options, stampOf(assignment, sandbox, options), err);
    }

    private static RunFolder.Stamp stampOf(Assignment assignment, Sandbox sandbox, Options options) throws IOException {
        Path tests = options.testsDir() != null ? options.testsDir() : Assignment.defaultTestsDir(options.assignment());
        return new RunFolder.Stamp(assignment.id(), Fingerprints.assignment(assignment, tests, sandbox));
    }

    /** Each submission's record is written after its feedback and JSON, so only complete results are kept. */
    private static List<SubmissionResult> gradeAll(Assignment assignment, Sandbox sandbox, List<Submissions.Entry> entries,
                                           Options options, RunFolder.Stamp stamp, PrintWriter err)
            throws IOException, InterruptedException {
        RunFolder folder = new RunFolder(options.out());
        Path feedback = Files.createDirectories(options.out().resolve("feedback"));
        Path json = Files.createDirectories(options.out().resolve("results"));
        Notebook studentVersion = StudentVersion.of(assignment);
        SubmissionGrader grader = new SubmissionGrader(assignment, studentVersion, sandbox);
        AnswerHashes answers = new AnswerHashes(assignment, studentVersion);
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, options.jobs()));
        try {
            List<Future<SubmissionResult>> futures = new ArrayList<>();
            for (Submissions.Entry entry : entries) {
                futures.add(pool.submit(() -> {
                    String submitted = Fingerprints.submission(entry); // before grading: a file changed meanwhile is graded again
                    SubmissionResult result = grader.grade(entry);
                    Files.writeString(feedback.resolve(entry.name() + ".html"),
                            FeedbackHtml.of(assignment.id(), result), StandardCharsets.UTF_8);
                    Files.writeString(json.resolve(entry.name() + ".json"), ReportData.addTo(GradescopeJson.of(result, assignment),
                            assignment.id(), result, answers.of(entry)), StandardCharsets.UTF_8);
                    folder.record(submitted, result, stamp);
                    synchronized (err) {
                        err.printf("graded %s: %s/%s %s (%.1f s)%n", result.name(), GradesCsv.points(result.points()),
                                GradesCsv.points(result.maxPoints()), result.status().id(), result.seconds());
                        err.flush();
                    }
                    return result;
                }));
            }
            List<SubmissionResult> results = new ArrayList<>();
            for (Future<SubmissionResult> future : futures) {
                try {
                    results.add(future.get());
                } catch (ExecutionException e) {
                    throw new IOException("writing a submission's report failed: " + e.getCause(), e.getCause());
                }
            }
            results.sort(Comparator.comparing(SubmissionResult::name));
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
