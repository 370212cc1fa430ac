// One mistake costs once: which exercises to grade again with the instructor's other answers, and how to say so.
package org.nnworkbook.grader.grading;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.nnworkbook.grader.assignment.Assignment;
import org.nnworkbook.grader.assignment.Exercises.Exercise;
import org.nnworkbook.grader.notebook.Cell;
import org.nnworkbook.grader.notebook.Notebook;
import org.nnworkbook.grader.report.GradesCsv;
import org.nnworkbook.grader.result.TestResult;

/**
 * A submission is graded as submitted first. An exercise that lost points may have lost them to
 * an earlier exercise it builds on (tanh on a broken sigmoid, a loop in a helper its check calls),
 * so each exercise that lost points after an earlier one did, and that the student wrote, is graded
 * again in the submission with every other solution cell as the instructor wrote it, and keeps the
 * better result. The first exercise that lost points builds on nothing that failed, so it is not
 * rerun (nor is any when only one lost points), and a blank one is not either: a student's own
 * mistake is not fixed by others' code. Notebooks build forward, so an exercise that calls a later
 * one is not looked for.
 */
final class SecondChance {
    private static final double SAME = 1e-9;

    private SecondChance() {
    }

    /** The exercises worth grading again, in notebook order. */
    static List<Exercise> candidates(Assignment assignment, Notebook studentVersion, Notebook submission,
                                     List<TestResult> tests) {
        List<Exercise> lost = lost(assignment, tests);
        if (lost.size() < 2) {
            return List.of();
        }
        Map<String, String> stubs = NotebookCopies.solutionSources(studentVersion);
        return lost.subList(1, lost.size()).stream()
                .filter(e -> e.solutionId() != null && written(submission, e.solutionId(), stubs)).toList();
    }

    /** The exercises that scored less than their points, in notebook order. */
    static List<Exercise> lost(Assignment assignment, List<TestResult> tests) {
        return assignment.exercises().all().stream().filter(e -> {
            List<TestResult> own = of(e, tests);
            return !own.isEmpty() && points(own) < own.stream().mapToDouble(TestResult::maxPoints).sum() - SAME;
        }).toList();
    }

    /** The submission with every solution cell but {@code keep}'s as the instructor wrote it. */
    static Notebook withInstructorsAnswersBut(Assignment assignment, Notebook submission, String keep) {
        Map<String, String> instructor = NotebookCopies.solutionSources(assignment.instructor());
        Notebook variant = submission.copy();
        for (Cell cell : variant.cells()) {
            if (cell.isCode() && cell.hasGradeId() && !cell.gradeId().equals(keep) && instructor.containsKey(cell.gradeId())) {
                cell.writeSource(instructor.get(cell.gradeId()));
            }
        }
        return variant;
    }

    /**
     * The first run's tests with {@code exercise}'s replaced by the second run's when those scored
     * more, and then a note for the student naming the earlier exercises that lost points (those
     * it may build on) and why.
     *
     * @param othersLost the exercises that lost points in the first run, in notebook order, {@code exercise} among them
     */
    static List<TestResult> keepBetter(Exercise exercise, List<TestResult> first, List<TestResult> second,
                                       List<Exercise> othersLost, List<String> notes) {
        double before = points(of(exercise, first));
        double after = points(of(exercise, second));
        if (after <= before + SAME) {
            return first;
        }
        List<TestResult> merged = new ArrayList<>();
        for (TestResult test : first) {
            if (!exercise.gradeIds().contains(test.gradeId())) {
                merged.add(test);
            } else if (merged.stream().noneMatch(t -> exercise.gradeIds().contains(t.gradeId()))) {
                merged.addAll(of(exercise, second));
            }
        }
        String others = othersLost.subList(0, othersLost.indexOf(exercise)).stream()
                .map(o -> o.title() + " (yours " + why(o, first) + ")").collect(Collectors.joining(" and "));
        notes.add(exercise.title() + " was graded with the instructor's " + others + ", so that one mistake costs once: "
                + GradesCsv.points(after) + (after == 1 ? " point" : " points") + " instead of " + GradesCsv.points(before));
        return merged;
    }

    private static String why(Exercise exercise, List<TestResult> tests) {
        boolean looped = of(exercise, tests).stream().anyMatch(TestResult::timedOut);
        return looped ? "did not finish: an endless loop?" : "failed its tests";
    }

    static List<TestResult> of(Exercise exercise, List<TestResult> tests) {
        return tests.stream().filter(t -> exercise.gradeIds().contains(t.gradeId())).toList();
    }

    private static double points(List<TestResult> tests) {
        return tests.stream().mapToDouble(TestResult::points).sum();
    }

    private static boolean written(Notebook submission, String solutionId, Map<String, String> stubs) {
        String stub = stubs.getOrDefault(solutionId, "").strip();
        return submission.cells().stream().anyMatch(c -> c.isCode() && solutionId.equals(c.gradeId())
                && !c.source().strip().equals(stub));
    }
}
