// The start of a grade run in a folder that may hold an earlier run's results: plan, say what happens, clean up.
package org.nnworkbook.grader.grading;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Removes what the plan says is gone and forgets what is graded again, before any grading starts. */
final class RunStart {
    private RunStart() {
    }

    /** @throws IllegalArgumentException for a usage mistake (an --only name not in the batch) */
    static RunPlan prepare(RunFolder folder, List<Submissions.Entry> batch, RunFolder.Stamp stamp, RunChoices choices,
                           PrintWriter out, PrintWriter err) throws IOException {
        Map<String, String> fingerprints = new LinkedHashMap<>();
        for (Submissions.Entry entry : batch) {
            fingerprints.put(entry.name(), Fingerprints.submission(entry));
        }
        RunPlan plan = RunPlan.of(batch, fingerprints, folder.kept(), folder.names(), stamp, choices);
        folder.writeBatch(List.copyOf(fingerprints.keySet()));
        if (!plan.kept().isEmpty()) {
            out.println("kept " + plan.kept().size() + " result(s) graded earlier into " + folder.path()
                    + (choices.only().isEmpty() ? " from the same files, assignment and options (--fresh grades them again)"
                    : " (--only)"));
        }
        if (!plan.ungraded().isEmpty()) {
            out.println("not graded yet, so not in grades.csv (run without --only to grade them): "
                    + RunPlan.abbreviated(plan.ungraded()));
        }
        if (!plan.others().isEmpty()) {
            out.println(plan.others().size() + " result(s) in " + folder.path() + " belong to submissions not in this batch: "
                    + RunPlan.abbreviated(plan.others()) + (choices.removeOthers() ? "; removed (--others remove)"
                    : "; kept, with their rows in grades.csv (--others remove deletes them)"));
        }
        if (!plan.untrusted().isEmpty()) {
            out.println(plan.untrusted().size() + " submission(s) not in this batch have files in " + folder.path()
                    + " but no complete record (a run stopped while writing them, or an older grader): "
                    + RunPlan.abbreviated(plan.untrusted()) + (choices.removeOthers() ? "; removed (--others remove)"
                    : "; not in grades.csv (--others remove deletes them)"));
        }
        if (!plan.outdated().isEmpty()) {
            err.println("grade: warning: " + plan.outdated().size() + " result(s) kept in grades.csv were graded with another"
                    + " version of the notebook, hidden tests, grader, limits, isolation or classpath: "
                    + RunPlan.abbreviated(plan.outdated()) + "; grade them again (name their files in --submissions, without --only)");
        }
        if (choices.removeOthers()) {
            for (String name : plan.others()) {
                folder.remove(name);
            }
            for (String name : plan.untrusted()) {
                folder.remove(name);
            }
        }
        for (Submissions.Entry entry : plan.toGrade()) {
            folder.forget(entry.name());
        }
        return plan;
    }
}
