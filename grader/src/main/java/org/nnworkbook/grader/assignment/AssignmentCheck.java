// The release-time checks of an instructor notebook against its hidden tests.
package org.nnworkbook.grader.assignment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.nnworkbook.grader.notebook.Cell;
import org.nnworkbook.grader.notebook.NbgraderMeta;
import org.nnworkbook.grader.notebook.Notebook;
import org.nnworkbook.grader.notebook.SolutionRegions;

/**
 * Each problem names the cell (by grade_id or position) and says what to change, e.g.
 * "grade cell 'check_relu' is worth 2 points but its tests award 3".
 */
public final class AssignmentCheck {
    private static final Pattern GRADE_ID = Pattern.compile("[A-Za-z0-9_.-]+");

    private AssignmentCheck() {
    }

    /** A cell whose points are earned by hidden tests. */
    public static boolean isGradeCell(Cell cell) {
        NbgraderMeta meta = cell.nbgrader();
        return meta != null && meta.grade() && !meta.solution() && cell.hasGradeId();
    }

    static List<String> problems(Notebook notebook, HiddenTests tests) {
        List<String> problems = new ArrayList<>();
        Map<String, Cell> byId = new HashMap<>();
        for (Cell cell : notebook.cells()) {
            if (cell.problem() != null) {
                problems.add(cell.problem());
                continue;
            }
            NbgraderMeta meta = cell.nbgrader();
            if (meta == null) {
                continue;
            }
            if (meta.problem() != null) {
                problems.add("cell " + (cell.index() + 1) + ": " + meta.problem());
            }
            if (!cell.hasGradeId()) {
                continue;
            }
            String id = cell.gradeId();
            if (!GRADE_ID.matcher(id).matches()) {
                problems.add("grade_id '" + id + "' may only use letters, digits, '_', '.' and '-'");
            }
            Cell earlier = byId.putIfAbsent(id, cell);
            if (earlier != null) {
                problems.add("grade_id '" + id + "' is used by cells " + (earlier.index() + 1) + " and "
                        + (cell.index() + 1) + "; every nbgrader cell needs its own");
            }
            problems.addAll(cellProblems(cell, meta, tests));
        }
        if (notebook.cells().stream().noneMatch(AssignmentCheck::isGradeCell)) {
            problems.add("it has no grade cell (nbgrader grade: true, with points), so there is nothing to grade");
        }
        if (tests != null) {
            for (HiddenTests.HiddenTest test : tests.tests()) {
                Cell cell = byId.get(test.gradeId());
                if (cell == null || !isGradeCell(cell)) {
                    problems.add("hidden test " + test.className() + "." + test.methodName() + " is tied to grade_id '"
                            + test.gradeId() + "', which is not a grade cell of this notebook");
                }
            }
        }
        return problems;
    }

    private static List<String> cellProblems(Cell cell, NbgraderMeta meta, HiddenTests tests) {
        List<String> problems = new ArrayList<>();
        String name = "cell '" + cell.gradeId() + "'";
        if (meta.solution() && meta.locked()) {
            problems.add(name + " is both a solution and locked; students could not answer it");
        }
        if (meta.solution() && meta.grade()) {
            problems.add(name + " is a manually graded answer (solution and grade); this grader only grades"
                    + " with hidden tests: set grade to false and add a grade cell after it");
        }
        if (meta.solution()) {
            SolutionRegions.problems(cell.source()).forEach(p -> problems.add(name + ": " + p));
        } else if (SolutionRegions.hasRegion(cell.source()) || !SolutionRegions.problems(cell.source()).isEmpty()) {
            problems.add(name + " has solution markers but is not a solution cell; they would ship to students");
        }
        if (meta.grade() && !meta.solution()) {
            if (!cell.isCode()) {
                problems.add("grade " + name + " is " + cell.type() + "; grade cells must be code cells");
            }
            Double points = meta.points();
            if (points == null || !(points > 0)) {
                problems.add("grade " + name + " needs positive points");
            }
            double awarded = tests == null ? 0 : tests.pointsFor(cell.gradeId());
            if (awarded == 0) {
                problems.add("grade " + name + " has no hidden test; add a JUnit class with @GradeId(\""
                        + cell.gradeId() + "\")");
            } else if (points != null && Math.abs(points - awarded) > 1e-9) {
                problems.add("points do not add up: grade " + name + " is worth " + format(points)
                        + " but its hidden tests award " + format(awarded));
            }
        }
        return problems;
    }

    private static String format(double points) {
        return points == Math.rint(points) ? Long.toString((long) points) : Double.toString(points);
    }
}
