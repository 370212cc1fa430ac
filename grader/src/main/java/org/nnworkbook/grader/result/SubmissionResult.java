// Everything the reports need about one graded submission.
package org.nnworkbook.grader.result;

import java.util.List;

/**
 * @param name      the submission's name (file or folder name), safe as a file name
 * @param message   one grader-written line for grades.csv; holds nothing the student wrote
 * @param notes     what the grader changed or noticed in the notebook (restored cells, moved cells ...)
 * @param cells     how each cell ran (empty when invalid)
 * @param isolation the sandbox used, as {@link org.nnworkbook.grader.sandbox.Isolation#id()}
 */
public record SubmissionResult(String name, Status status, double points, double maxPoints, String message,
                               List<TestResult> tests, List<String> notes, List<CellReport> cells,
                               String isolation, double seconds) {
}
