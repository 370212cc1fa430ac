// A student folder with the assignment's notebook and copies of it ("04-activations (1).ipynb"): which one to grade.
package org.nnworkbook.grader.grading;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.nnworkbook.grader.notebook.Cell;
import org.nnworkbook.grader.notebook.Notebook;
import org.nnworkbook.grader.notebook.NotebookException;

/**
 * Students download a notebook twice and work in the copy. The one graded is the one with the
 * most solution cells that differ from the blank, then the newest; the feedback names them all.
 */
final class NotebookCopies {
    private NotebookCopies() {
    }

    /** The file to grade and a note for the student naming every candidate. */
    record Choice(Path file, String note) {
    }

    static Choice choose(Path file, List<Path> copies, Notebook studentVersion) {
        List<Path> all = new ArrayList<>(copies);
        all.add(0, file);
        Map<String, String> stubs = solutionSources(studentVersion);
        Comparator<Path> better = Comparator.<Path>comparingInt(p -> written(p, stubs)).thenComparing(NotebookCopies::modified);
        Path chosen = all.stream().max(better).orElse(file);
        int answers = written(chosen, stubs);
        boolean others = all.stream().anyMatch(p -> p != chosen && written(p, stubs) == answers);
        String why = answers == 0 ? "none holds answers; it is the newest"
                : others ? "it is the newest of those with the most answers" : "it holds the most answers";
        String names = all.stream().map(p -> p.getFileName().toString()).collect(Collectors.joining(", "));
        return new Choice(chosen, "your folder holds " + all.size() + " copies of the notebook (" + names + "); "
                + chosen.getFileName() + " was graded: " + why);
    }

    /** How many solution cells of the notebook differ from the blank; -1 when it cannot be read. */
    static int written(Path file, Map<String, String> stubs) {
        try {
            Notebook notebook = Notebook.read(file);
            return (int) notebook.cells().stream().filter(c -> c.hasGradeId() && stubs.containsKey(c.gradeId())
                    && !c.source().strip().equals(stubs.get(c.gradeId()).strip())).map(Cell::gradeId).distinct().count();
        } catch (NotebookException | RuntimeException e) {
            return -1;
        }
    }

    static Map<String, String> solutionSources(Notebook notebook) {
        return notebook.cells().stream()
                .filter(c -> c.isCode() && c.hasGradeId() && c.nbgrader().solution() && !c.nbgrader().grade())
                .collect(Collectors.toMap(Cell::gradeId, Cell::source, (a, b) -> a));
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }
}
