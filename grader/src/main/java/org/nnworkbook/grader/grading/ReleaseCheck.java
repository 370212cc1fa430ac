// release --check: grades one assignment's instructor version (must score full marks) and blank version (must score 0).
package org.nnworkbook.grader.grading;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.nnworkbook.grader.TempFolders;
import org.nnworkbook.grader.WorkbookHome;
import org.nnworkbook.grader.assignment.Assignment;
import org.nnworkbook.grader.notebook.Notebook;
import org.nnworkbook.grader.release.StudentVersion;
import org.nnworkbook.grader.report.GradesCsv;
import org.nnworkbook.grader.result.Status;
import org.nnworkbook.grader.result.SubmissionResult;
import org.nnworkbook.grader.result.TestResult;
import org.nnworkbook.grader.sandbox.Limits;
import org.nnworkbook.grader.sandbox.Sandbox;
import org.nnworkbook.grader.sandbox.SandboxException;

/**
 * What a hidden test with a wrong expected value, or one that passes without an answer, looks like
 * before students see it: the instructor's own notebook losing points, or the blank one earning
 * some. Grades just these two notebooks, at once, with the usual sandbox and limits, so one
 * assignment is checked in seconds rather than by the whole test suite. Each problem names the
 * grade cell, the exercise and the test, with the test's ✘ lines.
 */
public final class ReleaseCheck {
    private ReleaseCheck() {
    }

    /** @return true when the assignment has no problems, the instructor version scores full marks and the blank 0 */
    public static boolean run(Path notebook, Path testsDir, PrintWriter out, PrintWriter err)
            throws IOException, InterruptedException {
        try (Assignment assignment = Assignment.load(notebook, testsDir)) {
            if (!assignment.problems().isEmpty()) {
                assignment.problems().forEach(p -> err.println("release --check: " + p));
                return false;
            }
            long start = System.nanoTime();
            List<SubmissionResult> results = gradeBoth(assignment);
            List<String> problems = new ArrayList<>();
            problems.addAll(instructorProblems(results.get(0)));
            problems.addAll(blankProblems(results.get(1)));
            String scores = assignment.id() + ": instructor version " + score(results.get(0)) + ", blank student version "
                    + score(results.get(1)) + String.format(java.util.Locale.ROOT, " (%.1f s)", (System.nanoTime() - start) / 1e9);
            if (problems.isEmpty()) {
                out.println("release --check " + scores + ": ok");
                return true;
            }
            problems.forEach(p -> err.println("release --check: " + p));
            err.println("release --check " + scores + ": " + problems.size() + " problem(s) above; fix the hidden tests"
                    + " or the notebook before releasing");
            return false;
        } catch (SandboxException e) {
            err.println("release --check: " + e.getMessage());
            return false;
        }
    }

    /** [instructor, blank], graded in parallel, each in its own VM. */
    private static List<SubmissionResult> gradeBoth(Assignment assignment)
            throws IOException, InterruptedException, SandboxException {
        Path dir = Files.createTempDirectory("nn-release-check");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Notebook blank = StudentVersion.of(assignment);
            Path instructorFile = assignment.notebookPath();
            Path blankFile = Files.write(dir.resolve("blank.ipynb"), blank.toJson());
            WorkbookHome home = WorkbookHome.locate();
            try (Sandbox sandbox = Sandbox.create(null, Limits.defaults(), home.studentClasspath(), home.readableData())) {
                SubmissionGrader grader = new SubmissionGrader(assignment, blank, sandbox);
                var instructor = CompletableFuture.supplyAsync(() -> grader.grade("instructor version", instructorFile), pool);
                var student = CompletableFuture.supplyAsync(() -> grader.grade("blank student version", blankFile), pool);
                return List.of(instructor.join(), student.join());
            }
        } finally {
            pool.shutdownNow();
            TempFolders.deleteTree(dir);
        }
    }

    private static List<String> instructorProblems(SubmissionResult result) {
        List<String> problems = new ArrayList<>(statusProblem(result));
        for (TestResult test : result.tests()) {
            if (!test.passed()) {
                problems.add(describe(test, "fails on the instructor version (a wrong expected value?)"));
            }
        }
        return problems;
    }

    private static List<String> blankProblems(SubmissionResult result) {
        List<String> problems = new ArrayList<>(statusProblem(result));
        for (TestResult test : result.tests()) {
            if (test.passed() && test.maxPoints() > 0) {
                problems.add(describe(test, "passes on the blank student version, giving " + GradesCsv.points(test.points())
                        + " point(s) for no answer (does it check anything the student writes?)"));
            }
        }
        return problems;
    }

    private static List<String> statusProblem(SubmissionResult result) {
        return result.status() == Status.OK ? List.of()
                : List.of("the " + result.name() + " has status " + result.status().id() + ": " + result.message());
    }

    private static String describe(TestResult test, String what) {
        StringBuilder text = new StringBuilder("test '" + test.name() + "' of grade cell " + test.gradeId() + " ("
                + test.exercise() + ") " + what);
        test.lines().forEach(line -> text.append("\n    ").append(line));
        return text.toString();
    }

    private static String score(SubmissionResult result) {
        return GradesCsv.points(result.points()) + "/" + GradesCsv.points(result.maxPoints());
    }
}
