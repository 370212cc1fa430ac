// The class at a glance: the figures report.html shows, computed from every submission's report data.
package org.nnworkbook.grader.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.nnworkbook.grader.report.ReportData.Submission;
import org.nnworkbook.grader.report.ReportData.Test;
import org.nnworkbook.grader.result.Answer;

/**
 * Pass rates count the submissions that were graded (not {@code invalid}); an exercise passes when
 * all its tests pass. Exercises and tests keep the notebook's order. Lists of students are sorted by name.
 *
 * @param assignments   the assignment ids found (more than one means results of different assignments were mixed)
 * @param scores        every submission's points, invalid ones included (they score 0)
 * @param statuses      status → the submissions with it, for every status but ok
 * @param failingChecks the most frequent ✘ lines, by how many submissions saw them
 * @param identical     per exercise, answers shared by two or more submissions: those that are not the
 *                      instructor's solution first (the ones worth a look), then by size
 * @param withoutData   results files that hold no report data (written by an older grader) or cannot be read
 */
public record ClassSummary(List<String> assignments, int submissions, double maxPoints, List<Double> scores,
                           Map<String, List<Flagged>> statuses, List<Rate> exercises, List<Rate> tests,
                           List<FailingCheck> failingChecks, List<Timing> slowest, List<IdenticalAnswers> identical,
                           List<String> withoutData) {
    static final int FAILING_CHECKS_SHOWN = 20;
    static final int SLOWEST_SHOWN = 10;

    /** @param label an exercise title, or "exercise: test" */
    public record Rate(String exercise, String label, int passed, int graded) {
        public double rate() {
            return graded == 0 ? 0 : (double) passed / graded;
        }
    }

    public record Flagged(String name, String message) {
    }

    public record FailingCheck(String exercise, String test, String line, int submissions) {
    }

    public record Timing(String name, double seconds, String status) {
    }

    public record IdenticalAnswers(String exercise, boolean sameAsSolution, List<String> names) {
    }

    static ClassSummary of(List<Submission> all, List<String> withoutData) {
        List<Submission> sorted = all.stream().sorted(Comparator.comparing(Submission::name)).toList();
        Map<String, List<Flagged>> statuses = new TreeMap<>();
        Map<String, int[]> exercises = new LinkedHashMap<>();
        Map<String, int[]> tests = new LinkedHashMap<>();
        Map<String, String> testExercise = new LinkedHashMap<>();
        Map<List<String>, Integer> checks = new LinkedHashMap<>();
        Map<String, Map<Answer, List<String>>> answers = new LinkedHashMap<>();
        for (Submission s : sorted) {
            if (!s.status().equals("ok")) {
                statuses.computeIfAbsent(s.status(), k -> new ArrayList<>()).add(new Flagged(s.name(), s.message()));
            }
            Map<String, Boolean> exercisePassed = new LinkedHashMap<>();
            Set<List<String>> seen = new LinkedHashSet<>();
            for (Test test : s.tests()) {
                String label = test.exercise() + ": " + test.name();
                testExercise.putIfAbsent(label, test.exercise());
                count(tests, label, test.passed());
                exercisePassed.merge(test.exercise(), test.passed(), Boolean::logicalAnd);
                test.failedChecks().forEach(line -> seen.add(List.of(test.exercise(), test.name(), line)));
            }
            exercisePassed.forEach((exercise, passed) -> count(exercises, exercise, passed));
            seen.forEach(key -> checks.merge(key, 1, Integer::sum));
            s.answers().forEach((exercise, answer) -> answers.computeIfAbsent(exercise, k -> new LinkedHashMap<>())
                    .computeIfAbsent(answer, k -> new ArrayList<>()).add(s.name()));
        }
        return new ClassSummary(
                sorted.stream().map(Submission::assignment).distinct().toList(),
                sorted.size(),
                sorted.stream().mapToDouble(Submission::maxPoints).max().orElse(0),
                sorted.stream().map(Submission::points).toList(),
                statuses,
                exercises.entrySet().stream().map(e -> new Rate(e.getKey(), e.getKey(), e.getValue()[0], e.getValue()[1])).toList(),
                tests.entrySet().stream().map(e -> new Rate(testExercise.get(e.getKey()), e.getKey(), e.getValue()[0],
                        e.getValue()[1])).toList(),
                checks.entrySet().stream()
                        .map(e -> new FailingCheck(e.getKey().get(0), e.getKey().get(1), e.getKey().get(2), e.getValue()))
                        .sorted(Comparator.comparingInt(FailingCheck::submissions).reversed()).limit(FAILING_CHECKS_SHOWN).toList(),
                sorted.stream().sorted(Comparator.comparingDouble(Submission::seconds).reversed()).limit(SLOWEST_SHOWN)
                        .map(s -> new Timing(s.name(), s.seconds(), s.status())).toList(),
                identical(answers),
                withoutData.stream().sorted().toList());
    }

    /** counts[0] passed, counts[1] graded */
    private static void count(Map<String, int[]> counts, String key, boolean passed) {
        int[] c = counts.computeIfAbsent(key, k -> new int[2]);
        c[0] += passed ? 1 : 0;
        c[1]++;
    }

    private static List<IdenticalAnswers> identical(Map<String, Map<Answer, List<String>>> answers) {
        List<IdenticalAnswers> groups = new ArrayList<>();
        answers.forEach((exercise, byAnswer) -> byAnswer.entrySet().stream()
                .filter(e -> e.getValue().size() >= 2)
                .sorted(Comparator.comparing((Map.Entry<Answer, List<String>> e) -> e.getKey().sameAsSolution())
                        .thenComparing(e -> -e.getValue().size()))
                .forEach(e -> groups.add(new IdenticalAnswers(exercise, e.getKey().sameAsSolution(), e.getValue()))));
        return groups;
    }

    /** The submissions with a status, by name; empty when none has it. */
    public List<String> withStatus(String status) {
        return statuses.getOrDefault(status, List.of()).stream().map(Flagged::name).toList();
    }
}
