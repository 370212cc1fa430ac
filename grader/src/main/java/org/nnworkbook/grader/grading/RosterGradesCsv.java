// grades.csv with a roster: student_id and email columns, and a row for each student without a submission.
package org.nnworkbook.grader.grading;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.nnworkbook.grader.report.GradesCsv;
import org.nnworkbook.grader.result.SubmissionResult;

/**
 * The columns of {@link GradesCsv} first, so readers by position keep working, then
 * {@code student_id,email} (empty for a submission the roster does not list). A roster entry with
 * no submission gets a row with 0 points, status {@code missing} and message "no submission".
 * Rows sorted by submission name.
 */
public final class RosterGradesCsv {
    public static final String HEADER = GradesCsv.HEADER + ",student_id,email";
    public static final String MISSING = "missing";

    private RosterGradesCsv() {
    }

    /** @param missing the roster entries to write as missing rows */
    public static String of(List<SubmissionResult> results, Roster roster, List<Roster.Student> missing) {
        double maxPoints = results.stream().mapToDouble(SubmissionResult::maxPoints).max().orElse(0);
        Map<String, String> rows = new TreeMap<>();
        for (SubmissionResult r : results) {
            Roster.Student student = roster.students().get(r.name());
            rows.put(r.name(), GradesCsv.row(r) + columns(student == null ? "" : student.studentId(),
                    student == null ? "" : student.email()));
        }
        for (Roster.Student s : missing) {
            rows.put(s.submission(), GradesCsv.row(s.submission(), 0, maxPoints, MISSING, "no submission")
                    + columns(s.studentId(), s.email()));
        }
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        rows.values().forEach(row -> csv.append(row).append('\n'));
        return csv.toString();
    }

    private static String columns(String studentId, String email) {
        return "," + GradesCsv.field(studentId) + "," + GradesCsv.field(email);
    }
}
