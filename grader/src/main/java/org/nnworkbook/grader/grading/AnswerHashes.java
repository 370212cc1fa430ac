// A fingerprint of each exercise's answer in a submission, so the class report can show identical answers.
package org.nnworkbook.grader.grading;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nnworkbook.grader.assignment.Assignment;
import org.nnworkbook.grader.assignment.Exercises.Exercise;
import org.nnworkbook.grader.notebook.Cell;
import org.nnworkbook.grader.notebook.Notebook;
import org.nnworkbook.grader.notebook.NotebookException;
import org.nnworkbook.grader.result.Answer;

/**
 * An answer is the code of an exercise's solution cell (its last copy, the one that counts) with
 * comments and whitespace removed, so re-indenting or re-commenting a copied answer does not hide
 * it. A blank stub is no answer. The hash is only ever compared, never shown as a verdict: two
 * students may well write {@code return Math.max(0.0, x);} independently.
 */
public final class AnswerHashes {
    private final List<Exercise> exercises;
    private final Notebook studentVersion;
    private final Map<String, String> blanks;
    private final Map<String, String> solutions;

    public AnswerHashes(Assignment assignment, Notebook studentVersion) {
        this.exercises = assignment.exercises().all();
        this.studentVersion = studentVersion;
        this.blanks = normalisedAnswers(studentVersion);
        this.solutions = normalisedAnswers(assignment.instructor());
    }

    /**
     * Exercise title → answer, in notebook order, for the file the grader grades (of a folder's copies,
     * the same one); empty when the submission cannot be read.
     */
    public Map<String, Answer> of(Submissions.Entry entry) {
        try {
            java.nio.file.Path file = entry.copies().isEmpty() ? entry.file()
                    : NotebookCopies.choose(entry.file(), entry.copies(), studentVersion).file();
            return of(Notebook.read(file));
        } catch (NotebookException | RuntimeException e) {
            return Map.of(); // an invalid submission: its status says so, there is no answer to compare
        }
    }

    Map<String, Answer> of(Notebook submission) {
        Map<String, String> written = normalisedAnswers(submission);
        Map<String, Answer> answers = new LinkedHashMap<>();
        for (Exercise exercise : exercises) {
            String code = exercise.solutionId() == null ? null : written.get(exercise.solutionId());
            if (code != null && !code.isEmpty() && !code.equals(blanks.get(exercise.solutionId()))) {
                answers.put(exercise.title(), new Answer(sha256(code).substring(0, 16),
                        code.equals(solutions.get(exercise.solutionId()))));
            }
        }
        return answers;
    }

    /** Solution cell grade_id → its normalised code; of copies of a cell, the last (as in Run All). */
    private static Map<String, String> normalisedAnswers(Notebook notebook) {
        Map<String, String> answers = new LinkedHashMap<>();
        for (Cell cell : notebook.cells()) {
            if (cell.isCode() && cell.hasGradeId() && cell.nbgrader().solution() && !cell.nbgrader().grade()) {
                answers.put(cell.gradeId(), JavaText.withoutCommentsAndWhitespace(cell.source()));
            }
        }
        return answers;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
