// The nbgrader cell metadata this grader understands (grade_id, solution, grade, locked, points).
package org.nnworkbook.grader.notebook;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Field names and meanings follow nbgrader (schema_version 3) so instructors who know nbgrader
 * can write assignments here: a solution cell holds the student's answer, a grade cell carries
 * points (its hidden tests are JUnit classes), a locked cell must not be changed by students.
 * A field of the wrong JSON type is read as absent and recorded in {@link #problem()}.
 */
public record NbgraderMeta(String gradeId, boolean solution, boolean grade, boolean locked,
                           Double points, String checksum, String problem) {

    static NbgraderMeta parse(JsonNode meta) {
        if (!meta.isObject()) {
            return new NbgraderMeta(null, false, false, false, null, null, "its nbgrader metadata is not an object");
        }
        StringBuilder problems = new StringBuilder();
        JsonNode id = meta.get("grade_id");
        String gradeId = id != null && id.isTextual() && !id.asText().isBlank() ? id.asText() : null;
        if (gradeId == null) {
            problems.append("it has no grade_id");
        }
        JsonNode points = meta.get("points");
        Double pointValue = points != null && points.isNumber() ? points.asDouble() : null;
        if (points != null && !points.isNull() && !points.isNumber()) {
            append(problems, "its points are not a number");
        }
        JsonNode checksum = meta.get("checksum");
        return new NbgraderMeta(gradeId, flag(meta, "solution"), flag(meta, "grade"), flag(meta, "locked"),
                pointValue, checksum != null && checksum.isTextual() ? checksum.asText() : null,
                problems.length() == 0 ? null : problems.toString());
    }

    private static boolean flag(JsonNode meta, String name) {
        return meta.path(name).asBoolean(false);
    }

    private static void append(StringBuilder problems, String problem) {
        problems.append(problems.length() == 0 ? "" : "; ").append(problem);
    }

    /** Grade cells are locked whatever their flag says: nbgrader does the same. */
    public boolean isLockedForStudents() {
        return locked || (grade && !solution);
    }
}
