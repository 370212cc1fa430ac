// Decides which code a submission runs: the instructor's locked cells, the student's answers and extra cells.
package org.nnworkbook.grader.grading;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

    /**
     * A cell to run; label names it in messages; owner is the solution cell whose part of the notebook
     * it is in (its grade_id; "" before the first), which pays for the VM restarts it causes.
     */
    public record RunCell(String source, String label, String owner) {
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
        List<String> restored = new ArrayList<>();
        for (Cell cell : withMissingLockedCellsInPlace(assignment.instructor(), submission, restored)) {
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
        boolean anyOfOurs = submission.cells().stream()
                .anyMatch(c -> c.problem() == null && c.hasGradeId() && instructorAnchors.containsKey(c.gradeId()));
        if (!anyOfOurs && claimed == null) {
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
        String owner = "";
        addCode(run, leading, owner);
        for (Cell anchor : instructorAnchors.values()) {
            List<Occurrence> found = occurrences.getOrDefault(anchor.gradeId(), List.of());
            if (anchor.nbgrader().solution() && !anchor.nbgrader().grade()) {
                owner = anchor.gradeId();
            }
            if (anchor.nbgrader().isLockedForStudents()) {
                runLocked(anchor, found, restored.contains(anchor.gradeId()), run, notes, owner);
            } else if (anchor.nbgrader().solution()) {
                runSolution(anchor, stubs.get(anchor.gradeId()), found, run, stubsFirst, notes);
            } else {
                String cellOwner = owner;
                found.stream().map(Occurrence::anchor).filter(Cell::isCode)
                        .forEach(c -> run.add(new RunCell(c.source(), c.label(), cellOwner)));
            }
            String cellOwner = owner;
            found.forEach(o -> addCode(run, o.followers(), cellOwner));
        }
        stubsFirst.addAll(run);
        return new Assembled(stubsFirst, notes);
    }

    private static void runLocked(Cell anchor, List<Occurrence> found, boolean restored, List<RunCell> run,
                                  List<String> notes, String owner) {
        String name = "locked cell '" + anchor.gradeId() + "'";
        if (found.isEmpty()) {
            notes.add(name + " was missing; the original was put back"); // only a markdown cell: nothing runs
        } else if (restored) {
            notes.add(name + " was missing; the original was put back in its place, before the cells after it");
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
            run.add(new RunCell(anchor.source(), anchor.label(), owner));
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
            stubsFirst.add(new RunCell(stub == null ? "" : stub.source(), anchor.label(), anchor.gradeId()));
        }
        code.forEach(c -> run.add(new RunCell(c.source(), c.label(), anchor.gradeId())));
    }

    private static void addCode(List<RunCell> run, List<Cell> cells, String owner) {
        cells.stream().filter(Cell::isCode).forEach(c -> run.add(new RunCell(c.source(), c.label(), owner)));
    }

    /**
     * The submission's cells with each missing locked code cell put back where it was: right after
     * the nearest cell before it in the instructor notebook that the submission still has (the same
     * grade_id, or an ordinary cell with the same text), else first. So a deleted setup cell runs
     * before the cells that followed it, as it did in the handed-out notebook.
     */
    private static List<Cell> withMissingLockedCellsInPlace(Notebook instructor, Notebook submission, List<String> restored) {
        List<Cell> cells = new ArrayList<>(submission.cells());
        Set<String> present = cells.stream().filter(c -> c.problem() == null && c.hasGradeId())
                .map(Cell::gradeId).collect(Collectors.toSet());
        List<Cell> original = instructor.cells();
        for (int i = 0; i < original.size(); i++) {
            Cell locked = original.get(i);
            if (locked.hasGradeId() && locked.isCode() && locked.nbgrader().isLockedForStudents()
                    && !present.contains(locked.gradeId())) {
                cells.add(placeAfter(original.subList(0, i), cells), locked);
                restored.add(locked.gradeId());
            }
        }
        return cells;
    }

    /** The position right after the last of {@code before} still in {@code cells}, or 0. */
    private static int placeAfter(List<Cell> before, List<Cell> cells) {
        for (int i = before.size() - 1; i >= 0; i--) {
            Cell wanted = before.get(i);
            for (int j = 0; j < cells.size(); j++) {
                Cell cell = cells.get(j);
                boolean same = wanted.hasGradeId() ? wanted.gradeId().equals(cell.gradeId())
                        : !cell.hasGradeId() && cell.problem() == null && cell.type().equals(wanted.type())
                        && cell.source().strip().equals(wanted.source().strip());
                if (same) {
                    return j + 1;
                }
            }
        }
        return 0;
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
