// The outcome of one hidden test for one submission, in words a student may read.
package org.nnworkbook.grader.result;

import java.util.List;

/**
 * @param gradeId   the grade cell the test scores
 * @param exercise  that grade cell's exercise as the notebook titles it ("Exercise 2 · Sigmoid and its derivative")
 * @param name      the test's display name
 * @param lines     ✔/✘ lines for the student; never the test's code or a hidden expected value
 * @param timedOut  whether the student's code ran past the test's time limit
 */
public record TestResult(String gradeId, String exercise, String name, double points, double maxPoints, boolean passed,
                         List<String> lines, boolean timedOut) {
}
