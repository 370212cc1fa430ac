// One file of an answer set: a whole solution cell as a student might write it, and the points it should get.
package org.nnworkbook.grader.answers;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lives at {@code grader/assignments/<notebook>/answers/<solution grade_id>/<kind>-<short-name>.jsh}
 * and starts with {@code // expect <points>: <what this answer does>}. The kinds: {@code correct}
 * (right, written differently from the instructor: full points), {@code wrong} (a typical
 * mistake), {@code loop} and {@code crash} (a runaway loop, System.exit, ...).
 *
 * @param solutionId the grade_id of the solution cell this answer replaces (its folder's name)
 * @param kind       correct, wrong, loop or crash
 * @param name       the file name without ".jsh", e.g. "wrong-sign-flipped"
 * @param expected   the points the exercise should score with this answer
 * @param about      what the answer does, from its first line
 * @param source     the whole cell source, first line included (a comment)
 */
public record AnswerFile(Path file, String solutionId, String kind, String name, double expected, String about,
                         String source) {
    public static final List<String> KINDS = List.of("correct", "wrong", "loop", "crash");
    public static final String EXTENSION = ".jsh";
    private static final Pattern FIRST_LINE = Pattern.compile("//\\s*expect\\s+([0-9]+(?:\\.[0-9]+)?)\\s*:\\s*(\\S.*)");

    /** Reads and checks one answer file; the exception says what is wrong and how the line should look. */
    public static AnswerFile read(Path file) throws IOException, AnswerSetException {
        String fileName = file.getFileName().toString();
        String where = file.getParent().getFileName() + "/" + fileName;
        String name = fileName.substring(0, fileName.length() - EXTENSION.length());
        String kind = name.contains("-") ? name.substring(0, name.indexOf('-')) : "";
        if (!KINDS.contains(kind) || name.length() == kind.length() + 1) {
            throw new AnswerSetException(where + ": the file name should be <kind>-<short-name>.jsh with kind one of "
                    + KINDS + ", e.g. wrong-sign-flipped.jsh");
        }
        String source = Files.readString(file, StandardCharsets.UTF_8);
        String firstLine = source.lines().findFirst().orElse("").strip();
        Matcher m = FIRST_LINE.matcher(firstLine);
        if (!m.matches()) {
            throw new AnswerSetException(where + ": the first line should read // expect <points>: <what this answer does>,"
                    + " e.g. // expect 1: derivative uses sigmoid(z)*(1+sigmoid(z)); it reads: " + firstLine);
        }
        return new AnswerFile(file, file.getParent().getFileName().toString(), kind, name,
                Double.parseDouble(m.group(1)), m.group(2).strip(), source);
    }

    /** How failures and the table name this answer: its folder and file. */
    public String label() {
        return solutionId + "/" + name + EXTENSION;
    }
}
