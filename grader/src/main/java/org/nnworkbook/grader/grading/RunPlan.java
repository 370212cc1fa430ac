// What a grade run does with each name: grade it, keep its result, or leave it as a submission of another batch.
package org.nnworkbook.grader.grading;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A batch submission is graded when it has no trusted result, when its result was graded under
 * another fingerprint (the submission's, or the assignment's: notebook, hidden tests, grader, limits,
 * isolation, classpath), or with --fresh; otherwise its result is kept. With --only, exactly the
 * named submissions are graded and every other result is kept as it is.
 *
 * @param toGrade   the batch entries to grade now, in name order
 * @param kept      batch submissions whose result is reused
 * @param ungraded  (--only) batch submissions with no result that this run leaves ungraded
 * @param others    names with a trusted result here that are not in this batch
 * @param untrusted names not in this batch with files here but no trusted result (a run stopped midway, an older
 *                  grader): never in grades.csv; removed with the others
 * @param outdated  kept results (batch or others) graded under another assignment fingerprint
 */
public record RunPlan(List<Submissions.Entry> toGrade, List<String> kept, List<String> ungraded, List<String> others,
                      List<String> untrusted, List<String> outdated) {

    /**
     * @param fingerprints each batch submission's {@link Fingerprints#submission} fingerprint by name
     * @throws IllegalArgumentException when --only names a submission that is not in the batch
     */
    public static RunPlan of(List<Submissions.Entry> batch, Map<String, String> fingerprints, Map<String, RunFolder.Kept> results,
                             Set<String> namesInFolder, RunFolder.Stamp stamp, RunChoices choices) {
        Set<String> batchNames = new TreeSet<>(fingerprints.keySet());
        List<String> unknown = choices.only().stream().filter(name -> !batchNames.contains(name)).toList();
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("--only: no submission named " + String.join(", ", unknown)
                    + " in this batch; its names are " + abbreviated(new ArrayList<>(batchNames)));
        }
        List<Submissions.Entry> toGrade = new ArrayList<>();
        List<String> kept = new ArrayList<>();
        List<String> ungraded = new ArrayList<>();
        for (Submissions.Entry entry : batch) {
            RunFolder.Kept result = results.get(entry.name());
            boolean upToDate = result != null && result.stamp().equals(stamp)
                    && result.submissionFingerprint().equals(fingerprints.get(entry.name()));
            if (choices.only().isEmpty() ? choices.fresh() || !upToDate : choices.only().contains(entry.name())) {
                toGrade.add(entry);
            } else if (result != null) {
                kept.add(entry.name());
            } else {
                ungraded.add(entry.name());
            }
        }
        List<String> others = new ArrayList<>();
        List<String> untrusted = new ArrayList<>();
        for (String name : namesInFolder) {
            if (!batchNames.contains(name)) {
                (results.containsKey(name) ? others : untrusted).add(name);
            }
        }
        List<String> outdated = new ArrayList<>();
        for (String name : results.keySet()) {
            boolean stays = kept.contains(name) || others.contains(name) && !choices.removeOthers();
            if (stays && !results.get(name).stamp().equals(stamp)) {
                outdated.add(name);
            }
        }
        return new RunPlan(toGrade, kept, ungraded, others, untrusted, outdated);
    }

    /** The first names of a list and how many more, for messages about a class of hundreds. */
    public static String abbreviated(List<String> names) {
        int shown = Math.min(names.size(), 10);
        String list = String.join(", ", names.subList(0, shown));
        return names.size() > shown ? list + " and " + (names.size() - shown) + " more" : list;
    }
}
