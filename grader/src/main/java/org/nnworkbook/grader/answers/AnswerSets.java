// Grades an assignment's answer set in one batch: one submission per answer, checked against what each expects.
package org.nnworkbook.grader.answers;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.nnworkbook.grader.TempFolders;
import org.nnworkbook.grader.WorkbookHome;
import org.nnworkbook.grader.assignment.Assignment;
import org.nnworkbook.grader.assignment.Exercises.Exercise;
import org.nnworkbook.grader.assignment.Exercises;
import org.nnworkbook.grader.grading.BatchGrader;
import org.nnworkbook.grader.grading.Shard;
import org.nnworkbook.grader.grading.Submissions;
import org.nnworkbook.grader.notebook.Cell;
import org.nnworkbook.grader.notebook.Notebook;
import org.nnworkbook.grader.result.SubmissionResult;
import org.nnworkbook.grader.sandbox.Isolation;
import org.nnworkbook.grader.sandbox.Limits;
import org.nnworkbook.grader.sandbox.Sandbox;
import org.nnworkbook.grader.sandbox.SandboxException;

/**
 * Each answer becomes the instructor notebook with that one solution cell's source replaced,
 * and the whole set is graded as one batch by the real grader (sandbox, limits and all). An
 * answer holds when its exercise scores exactly the points it expects and every other exercise
 * keeps full marks: one mistake costs once.
 */
public final class AnswerSets {
    private AnswerSets() {
    }

    /** Where a notebook's answer set lives: {@code grader/assignments/<notebook>/answers/}. */
    public static Path answersDir(Path notebook) {
        return Assignment.defaultTestsDir(notebook).resolve("answers");
    }

    /** Whether the notebook has an answer set. */
    public static boolean hasAnswers(Path notebook) {
        return Files.isDirectory(answersDir(notebook));
    }

    /** Every answer file of the notebook, checked against its solution cells and their points. */
    public static List<AnswerFile> read(Assignment assignment, Path answersDir) throws IOException, AnswerSetException {
        Exercises exercises = Exercises.of(assignment.instructor());
        List<String> problems = new ArrayList<>();
        List<AnswerFile> answers = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(answersDir, 2)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
            String where = answersDir.relativize(file).toString();
            if (file.getParent().equals(answersDir) || !file.toString().endsWith(AnswerFile.EXTENSION)) {
                problems.add(where + ": answers are <solution grade_id>/<kind>-<short-name>" + AnswerFile.EXTENSION + " files");
                continue;
            }
            try {
                AnswerFile answer = AnswerFile.read(file);
                Exercise exercise = exercises.ofSolution(answer.solutionId()).orElse(null);
                if (exercise == null) {
                    problems.add(where + ": the notebook has no graded solution cell '" + answer.solutionId()
                            + "'; name the folder after one of " + exercises.all().stream()
                            .map(Exercise::solutionId).filter(java.util.Objects::nonNull).toList());
                } else if (answer.expected() > maxPoints(assignment, exercise)) {
                    problems.add(where + ": expects " + answer.expected() + " points but the exercise is worth "
                            + maxPoints(assignment, exercise));
                } else {
                    answers.add(answer);
                }
            } catch (AnswerSetException e) {
                problems.add(e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            throw new AnswerSetException(assignment.id() + " answers: " + String.join("\n  ", problems));
        }
        return answers;
    }

    /**
     * Grades every answer of the notebook ({@code jobs} submissions at once, default limits) and
     * returns one outcome per answer, in file order. Answers share submissions ({@link AnswerPacks});
     * the answers of a pack where anything scored other than expected are graded again one by one,
     * so each failure is reported against the answer that caused it.
     */
    public static List<AnswerOutcome> grade(Path notebook, int jobs, Isolation isolation, PrintWriter err)
            throws IOException, InterruptedException, AnswerSetException, SandboxException {
        Path work = Files.createTempDirectory("nn-grader-answers-");
        try (Assignment assignment = Assignment.load(notebook, null)) {
            if (!assignment.problems().isEmpty()) {
                throw new AnswerSetException(String.join("\n", assignment.problems()));
            }
            List<AnswerFile> answers = read(assignment, answersDir(notebook));
            Exercises exercises = Exercises.of(assignment.instructor());
            List<List<AnswerFile>> packs = AnswerPacks.of(answers,
                    a -> a.expected() < maxPoints(assignment, exercises.ofSolution(a.solutionId()).orElseThrow()));
            WorkbookHome home = WorkbookHome.locate();
            try (Sandbox sandbox = Sandbox.create(isolation, Limits.defaults(), home.studentClasspath(), home.readableData())) {
                Batch batch = new Batch(assignment, exercises, sandbox, notebook, jobs, work, err);
                Map<AnswerFile, AnswerOutcome> outcomes = batch.grade(packs, "packed");
                List<List<AnswerFile>> alone = packs.stream().filter(p -> p.size() > 1)
                        .filter(p -> p.stream().anyMatch(a -> !outcomes.get(a).holds()))
                        .flatMap(List::stream).map(List::of).toList();
                err.println(assignment.id() + ": " + answers.size() + " answers graded in " + packs.size()
                        + " submissions" + (alone.isEmpty() ? "" : "; " + alone.size()
                        + " of them graded again one by one, their pack did not score as expected"));
                if (!alone.isEmpty()) {
                    outcomes.putAll(batch.grade(alone, "alone"));
                }
                return answers.stream().map(outcomes::get).toList();
            }
        } finally {
            TempFolders.deleteTree(work);
        }
    }

    /** One grading batch of packs: each pack one submission, graded by the real grader. */
    private record Batch(Assignment assignment, Exercises exercises, Sandbox sandbox, Path notebook, int jobs, Path work,
                         PrintWriter err) {
        Map<AnswerFile, AnswerOutcome> grade(List<List<AnswerFile>> packs, String round)
                throws IOException, InterruptedException {
            Path folder = Files.createDirectories(work.resolve(round).resolve("submissions"));
            Map<String, List<AnswerFile>> byName = new java.util.LinkedHashMap<>();
            for (List<AnswerFile> pack : packs) {
                String name = pack.size() == 1 ? submissionName(pack.get(0)) : String.format("pack-%03d", byName.size() + 1);
                byName.put(name, pack);
                Files.write(folder.resolve(name + ".ipynb"), submission(assignment, pack).toJson());
            }
            BatchGrader.Options options = new BatchGrader.Options(notebook, List.of(folder), work.resolve(round).resolve("out"),
                    jobs, Shard.ALL, Limits.defaults(), sandbox.isolation(), null, List.of());
            List<SubmissionResult> results = BatchGrader.gradeAll(assignment, sandbox,
                    Submissions.resolve(List.of(folder), notebook.getFileName().toString()), options, err);
            Map<AnswerFile, AnswerOutcome> outcomes = new java.util.HashMap<>();
            for (SubmissionResult result : results) {
                List<AnswerFile> pack = byName.get(result.name());
                pack.forEach(a -> outcomes.put(a, AnswerOutcome.of(a, pack, exercises, result)));
            }
            return outcomes;
        }
    }

    /** The instructor notebook with each answer's solution cell replaced by that answer. */
    static Notebook submission(Assignment assignment, List<AnswerFile> answers) {
        Notebook notebook = assignment.instructor().copy();
        for (AnswerFile answer : answers) {
            for (Cell cell : notebook.cells()) {
                if (answer.solutionId().equals(cell.gradeId())) {
                    cell.writeSource(answer.source());
                }
            }
        }
        return notebook;
    }

    private static String submissionName(AnswerFile answer) {
        return answer.solutionId() + "--" + answer.name();
    }

    private static double maxPoints(Assignment assignment, Exercise exercise) {
        return assignment.gradeCells().stream().filter(c -> exercise.gradeIds().contains(c.gradeId()))
                .mapToDouble(c -> c.nbgrader().points()).sum();
    }
}
