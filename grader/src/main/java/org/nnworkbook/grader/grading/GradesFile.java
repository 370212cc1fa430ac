// Writes grades.csv from every trusted result in a folder, with the roster's columns when one is given.
package org.nnworkbook.grader.grading;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeSet;
import org.nnworkbook.grader.report.GradesCsv;
import org.nnworkbook.grader.result.SubmissionResult;

/** grade and merge both end here, so a merged folder's grades.csv is the one a single run writes. */
public final class GradesFile {
    private GradesFile() {
    }

    /**
     * @param submitted   the submissions of the run's batch: a roster entry among them has a submission even when
     *                    it has no result yet (--only left it ungraded)
     * @param withMissing add rows for roster entries without a submission (false in one shard of several)
     * @return how many rows it wrote
     */
    public static int write(RunFolder folder, Collection<String> submitted, Roster roster, boolean withMissing,
                            PrintWriter out) throws IOException {
        SortedMap<String, RunFolder.Kept> kept = folder.kept();
        List<SubmissionResult> rows = kept.values().stream().map(RunFolder.Kept::row).toList();
        if (roster == null) {
            folder.writeGrades(GradesCsv.of(rows));
            return rows.size();
        }
        List<String> unknown = roster.unknown(kept.keySet());
        if (!unknown.isEmpty()) {
            out.println(unknown.size() + " submission(s) not in the roster " + roster.file().getFileName()
                    + " (their student_id and email are empty): " + RunPlan.abbreviated(unknown));
        }
        Set<String> handedIn = new TreeSet<>(kept.keySet());
        handedIn.addAll(submitted);
        List<Roster.Student> absent = roster.without(handedIn);
        List<String> missing = absent.stream().map(Roster.Student::submission).toList();
        if (!missing.isEmpty()) {
            out.println(missing.size() + " student(s) in the roster without a submission: " + RunPlan.abbreviated(missing)
                    + (withMissing ? " (rows with status " + RosterGradesCsv.MISSING + ")"
                    : " (this is one shard: grade merge --roster lists the students without a submission)"));
        }
        folder.writeGrades(RosterGradesCsv.of(rows, roster, withMissing ? absent : List.of()));
        return rows.size() + (withMissing ? missing.size() : 0);
    }
}
