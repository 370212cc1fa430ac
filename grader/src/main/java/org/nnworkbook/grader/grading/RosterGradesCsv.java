// grades.csv with a roster: student_id and email columns, and a row for each student without a submission.
package org.nnworkbook.grader.grading;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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
        List<String[]> rows = new ArrayList<>();
        for (SubmissionResult r : results) {
            Roster.Student student = roster.students().get(r.name());
            rows.add(new String[] {r.name(), GradesCsv.points(r.points()), GradesCsv.points(r.maxPoints()), r.status().id(),
                    r.message(), student == null ? "" : student.studentId(), student == null ? "" : student.email()});
        }
        for (Roster.Student s : missing) {
            rows.add(new String[] {s.submission(), "0", GradesCsv.points(maxPoints), MISSING, "no submission",
                    s.studentId(), s.email()});
        }
        rows.sort(Comparator.comparing(row -> row[0]));
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                csv.append(i == 0 ? "" : ",").append(i == 1 || i == 2 || i == 3 ? row[i] : GradesCsv.field(row[i]));
            }
            csv.append('\n');
        }
        return csv.toString();
    }
}
