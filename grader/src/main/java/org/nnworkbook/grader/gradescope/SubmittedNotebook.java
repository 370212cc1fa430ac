// Which file of a Gradescope submission to grade: the assignment's notebook, the only notebook, or the best of several.
package org.nnworkbook.grader.gradescope;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.nnworkbook.grader.grading.Submissions;

/**
 * Students upload files or a zip, so the notebook may lie in subfolders; Jupyter's checkpoints
 * and macOS's zip metadata are not submissions. With the assignment's file name present it is
 * graded and the others are named as ignored; with one notebook under another name it is graded;
 * with several, the grader picks the one with the most answers, then the newest, and says so.
 */
final class SubmittedNotebook {
    private static final int MAX_DEPTH = 6;

    private SubmittedNotebook() {
    }

    /**
     * @param entry what to grade (null when there is no notebook at all)
     * @param note  for the student when the choice was not obvious, else null
     * @param found every file submitted, for the message when there is no notebook
     */
    record Choice(Submissions.Entry entry, String note, List<String> found) {
    }

    static Choice in(Path submission, String assignmentId) throws IOException {
        if (!Files.isDirectory(submission)) {
            return new Choice(null, null, List.of());
        }
        List<Path> files;
        try (Stream<Path> all = Files.walk(submission, MAX_DEPTH)) {
            files = all.filter(Files::isRegularFile)
                    .filter(p -> !p.toString().contains(".ipynb_checkpoints") && !p.toString().contains("__MACOSX"))
                    .sorted(Comparator.comparingInt(Path::getNameCount).thenComparing(Path::toString)).toList();
        }
        List<String> names = files.stream().map(p -> submission.relativize(p).toString()).toList();
        List<Path> notebooks = files.stream().filter(p -> p.getFileName().toString().endsWith(".ipynb")).toList();
        String expected = assignmentId + ".ipynb";
        if (notebooks.isEmpty()) {
            return new Choice(null, null, names);
        }
        Path named = notebooks.stream().filter(p -> p.getFileName().toString().equals(expected)).findFirst().orElse(null);
        if (named != null) {
            List<Path> others = notebooks.stream().filter(p -> p != named).toList();
            String note = others.isEmpty() ? null : "You submitted " + notebooks.size() + " notebooks; "
                    + relative(submission, named) + " was graded (the assignment's notebook), not "
                    + others.stream().map(p -> relative(submission, p)).collect(Collectors.joining(", ")) + ".";
            return new Choice(new Submissions.Entry(assignmentId, named), note, names);
        }
        if (notebooks.size() == 1) {
            Path only = notebooks.get(0);
            return new Choice(new Submissions.Entry(assignmentId, only), "Graded " + relative(submission, only)
                    + ", the only notebook submitted (the assignment's notebook is called " + expected + ").", names);
        }
        // The grader's choice among copies names them all in its own note.
        return new Choice(new Submissions.Entry(assignmentId, notebooks.get(0), notebooks.subList(1, notebooks.size())),
                "None of your notebooks is called " + expected + ".", names);
    }

    private static String relative(Path root, Path file) {
        return root.relativize(file).toString();
    }
}
