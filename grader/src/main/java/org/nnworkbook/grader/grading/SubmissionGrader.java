// Grades one submission from file to result: validate, assemble, run cells, run hidden tests, sum up.
package org.nnworkbook.grader.grading;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.nnworkbook.grader.assignment.Assignment;
import org.nnworkbook.grader.grading.SubmissionAssembler.Assembled;
import org.nnworkbook.grader.notebook.Notebook;
import org.nnworkbook.grader.notebook.NotebookException;
import org.nnworkbook.grader.sandbox.Sandbox;
import org.nnworkbook.grader.session.SnippetResult;
import org.nnworkbook.grader.session.VmStartException;

/**
 * Never throws: whatever goes wrong becomes this submission's status and message, so the batch
 * goes on. Shared by all jobs; each call has its own VM and session.
 */
public final class SubmissionGrader {
    private static final long MAX_FILE_BYTES = 20L * 1024 * 1024;

    private final Assignment assignment;
    private final Notebook studentVersion;
    private final Sandbox sandbox;

    public SubmissionGrader(Assignment assignment, Notebook studentVersion, Sandbox sandbox) {
        this.assignment = assignment;
        this.studentVersion = studentVersion;
        this.sandbox = sandbox;
    }

    public SubmissionResult grade(String name, Path file) {
        long start = System.nanoTime();
        try {
            return grade(name, read(file), start);
        } catch (InvalidSubmissionException e) {
            return invalid(name, e.getMessage(), start);
        } catch (RuntimeException | Error e) {
            return result(name, Status.ERROR, List.of(), List.of(), List.of(),
                    "the grader failed on this submission (" + e + "); please report it", start);
        }
    }

    private SubmissionResult grade(String name, Notebook notebook, long start) throws InvalidSubmissionException {
        Assembled assembled = SubmissionAssembler.assemble(assignment, studentVersion, notebook);
        try (NotebookRun run = new NotebookRun(sandbox, assembled.cells(), start)) {
            try {
                run.runCells();
            } catch (VmStartException e) {
                return result(name, Status.ERROR, List.of(), assembled.notes(), List.of(),
                        "not graded: " + e.getMessage() + " (a problem of the grading machine)", start);
            }
            StudentSession session = new StudentSession(run, sandbox.limits().testTimeout());
            List<TestResult> tests = HiddenTestRunner.run(assignment, session, sandbox.limits().testTimeout());
            Status status = run.expired() ? Status.TIMEOUT
                    : run.anyVmEnded() ? Status.ERROR : run.anyTimeout() ? Status.TIMEOUT : Status.OK;
            return result(name, status, tests, assembled.notes(), run.cellReports(), summary(tests, run), start);
        }
    }

    private static Notebook read(Path file) throws InvalidSubmissionException {
        if (Files.isDirectory(file)) {
            throw new InvalidSubmissionException("the folder holds no notebook, or more than one;"
                    + " it should hold the assignment's .ipynb file");
        }
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                throw new InvalidSubmissionException("the file is " + size / (1024 * 1024)
                        + " MB; a notebook over 20 MB is not accepted (clear its outputs and save it again)");
            }
            return Notebook.parse(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new InvalidSubmissionException("the file cannot be read: " + e.getMessage());
        } catch (NotebookException e) {
            throw new InvalidSubmissionException(e.getMessage());
        }
    }

    private static String summary(List<TestResult> tests, NotebookRun run) {
        long passed = tests.stream().filter(TestResult::passed).count();
        List<String> parts = new ArrayList<>();
        parts.add(passed + " of " + tests.size() + " tests passed");
        parts.addAll(run.incidents());
        for (CellReport cell : run.cellReports()) {
            SnippetResult result = cell.result();
            if (result != null && result.outOfMemory()) {
                parts.add("cell " + cell.label() + " ran out of memory");
            }
        }
        if (run.gaveUp() && !run.expired()) {
            parts.add("grading stopped after " + run.restarts() + " restarts");
        }
        return String.join("; ", parts);
    }

    private SubmissionResult invalid(String name, String message, long start) {
        return result(name, Status.INVALID, List.of(), List.of(), List.of(), message, start);
    }

    private SubmissionResult result(String name, Status status, List<TestResult> tests, List<String> notes,
                                    List<CellReport> cells, String message, long start) {
        double points = tests.stream().mapToDouble(TestResult::points).sum();
        return new SubmissionResult(name, status, points, assignment.maxPoints(), message, tests, notes, cells,
                sandbox.isolation().id(), (System.nanoTime() - start) / 1e9);
    }
}
