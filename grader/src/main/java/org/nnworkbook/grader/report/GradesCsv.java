// grades.csv: one row per submission under the header submission,points,max_points,status,message.
package org.nnworkbook.grader.report;

import java.util.List;
import org.nnworkbook.grader.result.SubmissionResult;

/**
 * RFC 4180 quoting; a field that a spreadsheet would read as a formula (leading = + - @) gets a
 * leading apostrophe, since submission names come from file names students chose.
 */
public final class GradesCsv {
    public static final String HEADER = "submission,points,max_points,status,message";

    private GradesCsv() {
    }

    public static String of(List<SubmissionResult> results) {
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        for (SubmissionResult r : results) {
            csv.append(row(r)).append('\n');
        }
        return csv.toString();
    }

    /** One submission's line under {@link #HEADER}, without its line end. */
    public static String row(SubmissionResult r) {
        return row(r.name(), r.points(), r.maxPoints(), r.status().id(), r.message());
    }

    /** A line under {@link #HEADER}: names and messages quoted and defused, points rounded as everywhere. */
    public static String row(String submission, double points, double maxPoints, String status, String message) {
        return field(submission) + ',' + points(points) + ',' + points(maxPoints) + ',' + status + ',' + field(message);
    }

    public static String points(double points) {
        double rounded = Math.round(points * 1000) / 1000.0;
        return rounded == Math.rint(rounded) ? Long.toString((long) rounded) : Double.toString(rounded);
    }

    public static String field(String text) {
        String value = text == null ? "" : text;
        if (!value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0) {
            value = "'" + value;
        }
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }
}
