// Groups an answer set into as few submissions as can be graded without one answer hiding another's fault.
package org.nnworkbook.grader.answers;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Grading a notebook costs the same whether one solution cell or five differ from the
 * instructor's, so answers share submissions: each answer that should lose points gets a
 * submission of its own, and answers that should score full marks join one that has no answer
 * for their exercise yet. With at most one answer per submission expected to lose points, every
 * other exercise there must keep full marks, so a mistake that costs elsewhere still shows.
 * Which answer caused a failure cannot be told inside a pack: {@link AnswerSets} grades the
 * answers of a failing pack again one by one.
 */
final class AnswerPacks {
    private AnswerPacks() {
    }

    /**
     * @param answers   the answer set, in file order
     * @param losesMarks whether an answer expects fewer points than its exercise is worth
     * @return packs in a stable order; each answer in exactly one, at most one answer per solution
     *         cell and at most one that loses marks per pack
     */
    static List<List<AnswerFile>> of(List<AnswerFile> answers, Predicate<AnswerFile> losesMarks) {
        List<List<AnswerFile>> packs = new ArrayList<>();
        answers.stream().filter(losesMarks).forEach(a -> packs.add(new ArrayList<>(List.of(a))));
        for (AnswerFile full : answers.stream().filter(losesMarks.negate()).toList()) {
            List<AnswerFile> room = packs.stream()
                    .filter(p -> p.stream().noneMatch(a -> a.solutionId().equals(full.solutionId())))
                    .min((p, q) -> Integer.compare(p.size(), q.size()))
                    .orElse(null);
            if (room == null) {
                room = new ArrayList<>();
                packs.add(room);
            }
            room.add(full);
        }
        return packs;
    }
}
