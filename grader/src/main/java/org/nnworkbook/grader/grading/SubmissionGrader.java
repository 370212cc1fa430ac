// Grades one submission from file to result: validate, assemble, run cells, run hidden tests, sum up.
package org.nnworkbook.grader.grading;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.nnworkbook.grader.assignment.Assignment;
import org.nnworkbook.grader.assignment.Exercises.Exercise;
import org.nnworkbook.grader.grading.SubmissionAssembler.Assembled;
import org.nnworkbook.grader.grading.SubmissionAssembler.RunCell;
import org.nnworkbook.grader.notebook.Cell;
import org.nnworkbook.grader.notebook.Notebook;
import org.nnworkbook.grader.notebook.NotebookException;
import org.nnworkbook.grader.report.CheckMessages;
import org.nnworkbook.grader.result.CellReport;
import org.nnworkbook.grader.result.Status;
import org.nnworkbook.grader.result.SubmissionResult;
import org.nnworkbook.grader.result.TestResult;
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
        return grade(new Submissions.Entry(name, file));
    }

    /** Grades an entry; of a notebook and its copies in a student's folder, the one with the student's answers. */
    public SubmissionResult grade(Submissions.Entry entry) {
        long start = System.nanoTime();
        String name = entry.name();
        try {
            if (entry.copies().isEmpty()) {
                return grade(name, read(entry.file()), start, List.of());
            }
            NotebookCopies.Choice choice = NotebookCopies.choose(entry.file(), entry.copies(), studentVersion);
            return grade(name, read(choice.file()), start, List.of(choice.note()));
        } catch (InvalidSubmissionException e) {
            return invalid(name, e.getMessage(), start);
        } catch (RuntimeException | Error e) {
            return result(name, Status.ERROR, List.of(), List.of(), List.of(),
                    "the grader failed on this submission (" + e + "); please report it", start);
        }
    }

    private SubmissionResult grade(String name, Notebook notebook, long start, List<String> fileNotes)
            throws InvalidSubmissionException {
        Assembled assembled = SubmissionAssembler.assemble(assignment, studentVersion, notebook);
        Graded first;
        try {
            first = gradeCells(assembled.cells(), start, allGradeIds());
        } catch (VmStartException e) {
            return result(name, Status.ERROR, List.of(), assembled.notes(), List.of(),
                    "not graded: " + e.getMessage() + " (a problem of the grading machine)", start);
        }
        NotebookRun run = first.run();
        List<String> notes = new ArrayList<>(fileNotes);
        notes.addAll(assembled.notes());
        List<TestResult> tests = withCompileErrors(
                run.expired() ? first.tests() : secondChances(notebook, first.tests(), notes), run.cellReports());
        Status status = run.expired() ? Status.TIMEOUT
                : run.anyVmEnded() ? Status.ERROR : run.anyTimeout() ? Status.TIMEOUT : Status.OK;
        return result(name, status, tests, notes, run.cellReports(), summary(tests, run), start);
    }

    /** The cells run in a fresh VM, then the hidden tests of {@code gradeIds}; the VM is gone on return. */
    private Graded gradeCells(List<RunCell> cells, long start, Set<String> gradeIds) throws VmStartException {
        try (NotebookRun run = new NotebookRun(sandbox, cells, start)) {
            run.runCells();
            StudentSession session = new StudentSession(run, sandbox.limits().testTimeout());
            return new Graded(run, HiddenTestRunner.run(assignment, session, sandbox.limits().submissionTimeout(), gradeIds));
        }
    }

    private record Graded(NotebookRun run, List<TestResult> tests) {
    }

    /**
     * Grades each exercise that may have lost points to another one again, with the instructor's
     * other answers and a time limit of its own (see {@link SecondChance}); keeps the better result.
     */
    private List<TestResult> secondChances(Notebook notebook, List<TestResult> tests, List<String> notes)
            throws InvalidSubmissionException {
        List<Exercise> lost = SecondChance.lost(assignment, tests);
        List<TestResult> kept = tests;
        for (Exercise exercise : SecondChance.candidates(assignment, studentVersion, notebook, tests)) {
            Notebook variant = SecondChance.withInstructorsAnswersBut(assignment, notebook, exercise.solutionId());
            List<RunCell> cells = SubmissionAssembler.assemble(assignment, studentVersion, variant).cells();
            try {
                Graded again = gradeCells(cells, System.nanoTime(), Set.copyOf(exercise.gradeIds()));
                kept = SecondChance.keepBetter(exercise, kept, again.tests(), lost, notes);
            } catch (VmStartException e) {
                return kept; // the machine cannot start VMs now: the first result stands
            }
        }
        return kept;
    }

    /**
     * A failed test of an exercise whose own cell did not compile starts with that compile error, so
     * the student reads the cause next to "cannot find symbol", not only at the page's foot.
     */
    private List<TestResult> withCompileErrors(List<TestResult> tests, List<CellReport> cells) {
        List<TestResult> shown = new ArrayList<>();
        for (TestResult test : tests) {
            String solution = assignment.exercises().ofGradeCell(test.gradeId()).map(Exercise::solutionId).orElse(null);
            List<String> errors = test.passed() || solution == null ? List.of() : cells.stream()
                    .filter(c -> solution.equals(c.owner()) && c.result() != null
                            && c.result().kind() == SnippetResult.Kind.COMPILE_ERROR)
                    .map(c -> CheckMessages.doesNotCompile("your cell " + c.label(), c.result().detail())).toList();
            if (errors.isEmpty()) {
                shown.add(test);
            } else {
                List<String> lines = new ArrayList<>(errors);
                lines.addAll(test.lines());
                shown.add(new TestResult(test.gradeId(), test.exercise(), test.name(), test.points(), test.maxPoints(),
                        test.passed(), lines, test.timedOut()));
            }
        }
        return shown;
    }

    private Set<String> allGradeIds() {
        return assignment.gradeCells().stream().map(Cell::gradeId).collect(Collectors.toSet());
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
        if (run.machineFailed()) {
            parts.add("some cells or tests did not run: the grading machine could not start Java again");
        }
        if (!run.exhausted().isEmpty() && !run.expired()) {
            parts.add("some cells or tests did not run: the notebook's Java process ended more than "
                    + run.maxRestarts() + " times in " + String.join(", ", run.exhausted().stream()
                    .map(owner -> owner.isEmpty() ? "the cells before the first exercise" : "the part of cell '" + owner + "'")
                    .toList()));
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
