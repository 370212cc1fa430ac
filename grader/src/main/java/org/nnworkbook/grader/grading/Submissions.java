// Turns --submissions arguments (notebook files and folders) into named submissions.
package org.nnworkbook.grader.grading;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A file is a submission named after the file ({@code alice.ipynb} → alice). A folder holds
 * submissions: its .ipynb files, and its subfolders, each one student's (nbgrader's
 * submitted/STUDENT/...), named after the subfolder and holding the assignment's notebook.
 * Names are made safe for file names and unique.
 */
public final class Submissions {
    /**
     * One submission; file may be a folder without a notebook, which grades as invalid. Copies are
     * other notebooks in a student's folder named as copies of the assignment's ("04-activations (1).ipynb",
     * "04-activations-Copy1.ipynb"): the grader picks the one to grade among file and copies.
     */
    public record Entry(String name, Path file, List<Path> copies) {
        public Entry(String name, Path file) {
            this(name, file, List.of());
        }
    }

    private Submissions() {
    }

    public static List<Entry> resolve(List<Path> arguments, String notebookFileName) throws IOException {
        List<Entry> raw = new ArrayList<>();
        for (Path argument : arguments) {
            if (Files.isRegularFile(argument)) {
                raw.add(new Entry(stem(argument), argument));
            } else if (Files.isDirectory(argument)) {
                try (Stream<Path> children = Files.list(argument)) {
                    for (Path child : children.sorted().toList()) {
                        String name = child.getFileName().toString();
                        if (name.startsWith(".")) {
                            continue;
                        }
                        if (Files.isRegularFile(child) && name.endsWith(".ipynb")) {
                            raw.add(new Entry(stem(child), child));
                        } else if (Files.isDirectory(child)) {
                            Path notebook = notebookIn(child, notebookFileName);
                            raw.add(new Entry(name, notebook, copiesOf(child, notebookFileName, notebook)));
                        }
                    }
                }
            } else {
                throw new IOException("--submissions: " + argument + " is neither a file nor a folder");
            }
        }
        raw.sort(Comparator.comparing(Entry::name));
        List<Entry> named = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (Entry entry : raw) {
            String base = safe(entry.name());
            String name = base;
            for (int n = 2; !used.add(name); n++) {
                name = base + "-" + n;
            }
            named.add(new Entry(name, entry.file(), entry.copies()));
        }
        return named;
    }

    /** The assignment's notebook in a student's folder, else its only notebook, else the folder itself. */
    private static Path notebookIn(Path folder, String notebookFileName) throws IOException {
        Path expected = folder.resolve(notebookFileName);
        if (Files.isRegularFile(expected)) {
            return expected;
        }
        try (Stream<Path> files = Files.walk(folder, 3)) {
            List<Path> notebooks = files.filter(p -> p.toString().endsWith(".ipynb") && Files.isRegularFile(p))
                    .filter(p -> !p.toString().contains(".ipynb_checkpoints")).toList();
            return notebooks.size() == 1 ? notebooks.get(0) : folder;
        }
    }

    /** The notebooks in a student's folder named as copies of the assignment's, other than {@code chosen}. */
    private static List<Path> copiesOf(Path folder, String notebookFileName, Path chosen) throws IOException {
        String stem = notebookFileName.substring(0, notebookFileName.length() - ".ipynb".length());
        Pattern copy = Pattern.compile(Pattern.quote(stem)
                + "(\\s*\\(\\d+\\)|-Copy\\d*)?\\.ipynb");
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> !p.equals(chosen) && Files.isRegularFile(p))
                    .filter(p -> copy.matcher(p.getFileName().toString()).matches()).sorted().toList();
        }
    }

    private static String stem(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".ipynb") ? name.substring(0, name.length() - ".ipynb".length()) : name;
    }

    static String safe(String name) {
        String cleaned = name.replaceAll("[^A-Za-z0-9._-]", "_");
        if (cleaned.isEmpty() || cleaned.startsWith(".")) {
            cleaned = "_" + cleaned;
        }
        return cleaned.length() > 100 ? cleaned.substring(0, 100) : cleaned;
    }
}
