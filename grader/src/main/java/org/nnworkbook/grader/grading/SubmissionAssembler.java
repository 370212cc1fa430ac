// Decides which code a submission runs: the instructor's locked cells, the student's answers and extra cells.
package org.nnworkbook.grader.grading;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.nnworkbook.grader.assignment.Assignment;
import org.nnworkbook.grader.notebook.Cell;
import org.nnworkbook.grader.notebook.Fingerprint;
import org.nnworkbook.grader.notebook.Notebook;

/**
 * The instructor notebook's cells with a grade_id are anchors and run in the instructor's
 * order: a locked anchor always runs as the instructor wrote it (edits, deletion and duplicates
 * are noted and undone); a solution anchor runs as the student wrote it. When it is missing or
 * no longer a code cell, its blank stub runs first of all, so that a student whose answer lost
 * its metadata (copied into a new cell, say) still gets it graded. Cells the student added run
 * right after the anchor they follow in the submission, as they would in the student's "Run All".
 */
public final class SubmissionAssembler {
    private static final int MAX_CELLS = 5_000;
    private static final long MAX_SOURCE_CHARS = 10_000_000;

    private SubmissionAssembler() {
    }

    /** A cell to run; label names it in messages. */
    public record RunCell(String source, String label) {
    }

    public record Assembled(List<RunCell> cells, List<String> notes) {
    }

    /** One anchor in the submission and the ordinary cells after it. */
    private record Occurrence(Cell anchor, List<Cell> followers) {
    }

    public static Assembled assemble(Assignment assignment, Notebook studentVersion, Notebook submission)
            throws InvalidSubmissionException {
        String claimed = submission.assignmentId();
        if (claimed != null && !claimed.equals(assignment.id())) {
            throw new InvalidSubmissionException("this is the notebook of assignment '" + claimed + "', not of '"
                    + assignment.id() + "'; submit " + assignment.id() + ".ipynb");
        }
        checkSize(submission);
        Map<String, Cell> instructorAnchors = new LinkedHashMap<>();
        assignment.instructor().cells().stream().filter(Cell::hasGradeId).forEach(c -> instructorAnchors.put(c.gradeId(), c));
        List<String> notes = new ArrayList<>();
        List<Cell> leading = new ArrayList<>();
        Map<String, List<Occurrence>> occurrences = new LinkedHashMap<>();
        List<Cell> current = leading;
        for (Cell cell : submission.cells()) {
            if (cell.problem() != null) {
                notes.add(cell.problem() + "; it was ignored");
            } else if (cell.hasGradeId() && instructorAnchors.containsKey(cell.gradeId())) {
                Occurrence occurrence = new Occurrence(cell, new ArrayList<>());
                occurrences.computeIfAbsent(cell.gradeId(), id -> new ArrayList<>()).add(occurrence);
                current = occurrence.followers();
            } else {
                current.add(cell);
            }
        }
        if (occurrences.isEmpty() && claimed == null) {
            throw new InvalidSubmissionException("none of the cells of assignment '" + assignment.id()
                    + "' are in this notebook; is it the notebook of another assignment?");
        }
        List<String> submittedOrder = List.copyOf(occurrences.keySet());
        List<String> expectedOrder = instructorAnchors.keySet().stream().filter(occurrences::containsKey).toList();
        if (!submittedOrder.equals(expectedOrder)) {
            notes.add("some cells were moved; they were run in the order of the handed-out notebook");
        }

        Map<String, Cell> stubs = studentVersion.cells().stream().filter(Cell::hasGradeId)
                .collect(Collectors.toMap(Cell::gradeId, c -> c, (a, b) -> a));
        List<RunCell> stubsFirst = new ArrayList<>();
        List<RunCell> run = new ArrayList<>();
        addCode(run, leading);
        for (Cell anchor : instructorAnchors.values()) {
            List<Occurrence> found = occurrences.getOrDefault(anchor.gradeId(), List.of());
            if (anchor.nbgrader().isLockedForStudents()) {
                runLocked(anchor, found, run, notes);
            } else if (anchor.nbgrader().solution()) {
                runSolution(anchor, stubs.get(anchor.gradeId()), found, run, stubsFirst, notes);
            } else {
                found.stream().map(Occurrence::anchor).filter(Cell::isCode)
                        .forEach(c -> run.add(new RunCell(c.source(), c.label())));
            }
            found.forEach(o -> addCode(run, o.followers()));
        }
        stubsFirst.addAll(run);
        return new Assembled(stubsFirst, notes);
    }

    private static void runLocked(Cell anchor, List<Occurrence> found, List<RunCell> run, List<String> notes) {
        String name = "locked cell '" + anchor.gradeId() + "'";
        if (found.isEmpty()) {
            notes.add(name + " was missing; the original was put back");
        } else {
            String original = Fingerprint.of(anchor);
            if (found.stream().anyMatch(o -> !Fingerprint.of(o.anchor()).equals(original))) {
                notes.add(name + " was changed; the original was used instead of your version");
            }
            if (found.size() > 1) {
                notes.add(name + " appears " + found.size() + " times; the original ran once");
            }
        }
        if (anchor.isCode()) {
            run.add(new RunCell(anchor.source(), anchor.label()));
        }
    }

    private static void runSolution(Cell anchor, Cell stub, List<Occurrence> found, List<RunCell> run,
                                    List<RunCell> stubsFirst, List<String> notes) {
        if (!anchor.isCode()) {
            return; // a written answer: nothing to run
        }
        String name = "cell '" + anchor.gradeId() + "'";
        List<Cell> code = found.stream().map(Occurrence::anchor).filter(Cell::isCode).toList();
        for (Occurrence o : found) {
            if (!o.anchor().isCode()) {
                notes.add(name + " was changed to a " + o.anchor().type()
                        + " cell, so it did not run; change it back to Code");
            }
        }
        if (found.isEmpty()) {
            notes.add(name + " was missing; its blank version ran before your cells, so the exercise"
                    + " counts only if another of your cells answers it");
        } else if (code.size() > 1) {
            notes.add(name + " appears " + code.size() + " times; all copies ran in order, so the last one counts");
        }
        if (code.isEmpty()) {
            stubsFirst.add(new RunCell(stub == null ? "" : stub.source(), anchor.label()));
        }
        code.forEach(c -> run.add(new RunCell(c.source(), c.label())));
    }

    private static void addCode(List<RunCell> run, List<Cell> cells) {
        cells.stream().filter(Cell::isCode).forEach(c -> run.add(new RunCell(c.source(), c.label())));
    }

    private static void checkSize(Notebook submission) throws InvalidSubmissionException {
        if (submission.cells().size() > MAX_CELLS) {
            throw new InvalidSubmissionException("the notebook has " + submission.cells().size()
                    + " cells; more than " + MAX_CELLS + " is not a real submission");
        }
        long chars = submission.cells().stream().mapToLong(c -> c.source().length()).sum();
        if (chars > MAX_SOURCE_CHARS) {
            throw new InvalidSubmissionException("the notebook's cells hold " + chars + " characters of source;"
                    + " the limit is " + MAX_SOURCE_CHARS);
        }
    }
}
