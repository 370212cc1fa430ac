// An assignment's exercises: each solution cell with the grade cells that test it and a title students recognise.
package org.nnworkbook.grader.assignment;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nnworkbook.grader.notebook.Cell;
import org.nnworkbook.grader.notebook.Notebook;

/**
 * The workbook's notebooks put each exercise's grade cells right after its solution cell, so an
 * exercise is one solution cell and the grade cells after it up to the next solution cell. Grade
 * cells before the first solution cell form an exercise of their own (no solution id); a solution
 * cell with no grade cell after it (a written answer) is no exercise here. Its title
 * is the notebook's own words: the "Exercise N · ..." heading above the solution cell, else the
 * check cell's {@code SelfCheck.of("...")} title, else the nearest heading, else the grade id.
 */
public final class Exercises {
    private static final Pattern SELF_CHECK_TITLE = Pattern.compile("SelfCheck\\.of\\(\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern POINTS_SUFFIX = Pattern.compile("\\s*\\(\\s*[0-9.]+\\s+points?\\s*\\)\\s*$");

    private final List<Exercise> exercises;

    private Exercises(List<Exercise> exercises) {
        this.exercises = exercises;
    }

    /**
     * @param solutionId the solution cell's grade_id, or null for grade cells with no solution before them
     * @param gradeIds   the grade cells whose hidden tests score this exercise, in notebook order
     */
    public record Exercise(String solutionId, List<String> gradeIds, String title) {
    }

    public static Exercises of(Notebook instructor) {
        List<Exercise> found = new ArrayList<>();
        Draft draft = new Draft(null, null, null);
        String heading = null;
        String exerciseHeading = null;
        for (Cell cell : instructor.cells()) {
            if (cell.isMarkdown()) {
                for (String line : cell.source().split("\n")) {
                    if (line.startsWith("#")) {
                        heading = clean(line);
                        exerciseHeading = heading.startsWith("Exercise") ? heading : exerciseHeading;
                    }
                }
            }
            if (!cell.hasGradeId()) {
                continue;
            }
            if (cell.nbgrader().solution() && !cell.nbgrader().grade()) {
                draft.addTo(found);
                draft = new Draft(cell.gradeId(), exerciseHeading, heading);
                exerciseHeading = null; // an exercise heading names the one solution cell after it
            } else if (cell.nbgrader().grade()) {
                draft.grades.add(cell.gradeId());
                if (draft.checkTitle == null) {
                    draft.checkTitle = selfCheckTitle(cell.source()).orElse(null);
                }
            }
        }
        draft.addTo(found);
        return new Exercises(List.copyOf(found));
    }

    /** An exercise while its grade cells are still being collected. */
    private static final class Draft {
        final String solution;
        final String exerciseHeading;
        final String heading;
        final List<String> grades = new ArrayList<>();
        String checkTitle;

        Draft(String solution, String exerciseHeading, String heading) {
            this.solution = solution;
            this.exerciseHeading = exerciseHeading;
            this.heading = heading;
        }

        void addTo(List<Exercise> exercises) {
            if (grades.isEmpty()) {
                return; // a written answer, or code nothing grades: no points to give or to protect
            }
            String title = exerciseHeading != null ? exerciseHeading
                    : checkTitle != null ? checkTitle
                    : heading != null ? heading
                    : solution != null ? solution : String.join(", ", grades);
            exercises.add(new Exercise(solution, List.copyOf(grades), title));
        }
    }

    static Optional<String> selfCheckTitle(String source) {
        Matcher m = SELF_CHECK_TITLE.matcher(source);
        return m.find() ? Optional.of(m.group(1).replace("\\\"", "\"")) : Optional.empty();
    }

    /** "### Exercise 2 · Sigmoid and its derivative (2 points)" → "Exercise 2 · Sigmoid and its derivative". */
    static String clean(String headingLine) {
        String text = headingLine.replaceFirst("^#+\\s*", "").strip();
        return POINTS_SUFFIX.matcher(text).replaceFirst("").strip();
    }

    public List<Exercise> all() {
        return exercises;
    }

    /** The exercise a grade cell scores, if any. */
    public Optional<Exercise> ofGradeCell(String gradeId) {
        return exercises.stream().filter(e -> e.gradeIds().contains(gradeId)).findFirst();
    }

    /** The exercise of a solution cell, if any. */
    public Optional<Exercise> ofSolution(String solutionId) {
        return exercises.stream().filter(e -> solutionId.equals(e.solutionId())).findFirst();
    }
}
