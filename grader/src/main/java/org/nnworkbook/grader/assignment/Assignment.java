// An instructor notebook together with its hidden tests: what release and grade both start from.
package org.nnworkbook.grader.assignment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.nnworkbook.grader.notebook.Cell;
import org.nnworkbook.grader.notebook.Notebook;
import org.nnworkbook.grader.notebook.NotebookException;

/**
 * The assignment's id is the notebook's file name without ".ipynb". Its hidden tests are found
 * by convention next to the notebooks folder: for {@code ROOT/notebooks/NAME.ipynb} they are the
 * JUnit sources in {@code ROOT/grader/assignments/NAME/}. Loading never fails on a bad
 * assignment: {@link #problems()} lists everything to fix, and callers refuse to go on.
 */
public final class Assignment implements AutoCloseable {
    private final String id;
    private final Path notebookPath;
    private final Notebook instructor;
    private final HiddenTests tests;
    private final List<String> problems;
    private Exercises exercises;

    private Assignment(String id, Path notebookPath, Notebook instructor, HiddenTests tests, List<String> problems) {
        this.id = id;
        this.notebookPath = notebookPath;
        this.instructor = instructor;
        this.tests = tests;
        this.problems = problems;
    }

    public static Path defaultTestsDir(Path notebook) {
        Path notebooksDir = notebook.toAbsolutePath().normalize().getParent();
        Path root = notebooksDir.getParent() == null ? notebooksDir : notebooksDir.getParent();
        return root.resolve("grader").resolve("assignments").resolve(idOf(notebook));
    }

    public static String idOf(Path notebook) {
        String name = notebook.getFileName().toString();
        return name.endsWith(".ipynb") ? name.substring(0, name.length() - ".ipynb".length()) : name;
    }

    /** @param testsDir where the hidden tests are, or null for the conventional place */
    public static Assignment load(Path notebook, Path testsDir) throws IOException {
        String id = idOf(notebook);
        Notebook instructor;
        try {
            instructor = Notebook.read(notebook);
        } catch (NotebookException e) {
            return new Assignment(id, notebook, null, null, List.of(notebook.getFileName() + ": " + e.getMessage()));
        }
        Path dir = testsDir != null ? testsDir : defaultTestsDir(notebook);
        List<String> problems = new ArrayList<>();
        HiddenTests tests = null;
        if (Files.isDirectory(dir)) {
            tests = HiddenTests.compile(dir);
            problems.addAll(tests.problems());
        } else {
            problems.add("its hidden tests folder " + dir + " does not exist; create it with one JUnit class per grade cell");
        }
        if (tests == null || tests.compiled()) { // after a compile error, "no test for X" would only add noise
            problems.addAll(AssignmentCheck.problems(instructor, tests));
        }
        List<String> named = problems.stream().map(p -> notebook.getFileName() + ": " + p).toList();
        return new Assignment(id, notebook, instructor, tests, new ArrayList<>(named));
    }

    /** Whether a notebook is meant as an assignment: it has at least one nbgrader cell. */
    public static boolean isAssignment(Path notebook) {
        try {
            return Notebook.read(notebook).cells().stream().anyMatch(c -> c.nbgrader() != null);
        } catch (NotebookException e) {
            return false;
        }
    }

    public String id() {
        return id;
    }

    public Path notebookPath() {
        return notebookPath;
    }

    public Notebook instructor() {
        return instructor;
    }

    public HiddenTests tests() {
        return tests;
    }

    public List<String> problems() {
        return problems;
    }

    /** The grade cells in notebook order: each one's points are earned by its hidden tests. */
    public List<Cell> gradeCells() {
        return instructor.cells().stream().filter(AssignmentCheck::isGradeCell).toList();
    }

    /** The exercises: solution cells with the grade cells that test them and their titles. */
    public synchronized Exercises exercises() {
        if (exercises == null) {
            exercises = Exercises.of(instructor);
        }
        return exercises;
    }

    public double maxPoints() {
        return gradeCells().stream().mapToDouble(c -> c.nbgrader().points()).sum();
    }

    @Override
    public void close() throws IOException {
        if (tests != null) {
            tests.close();
        }
    }
}
