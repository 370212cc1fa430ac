// Writes the autograder.zip Gradescope builds its grading image from: scripts, grader, classpath, tests, data.
package org.nnworkbook.grader.gradescope;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.nnworkbook.grader.WorkbookHome;

/**
 * Layout (Gradescope unpacks it into /autograder/source; {@code workbook/} is a small workbook
 * home, so the grader finds everything where it does in a checkout):
 * <pre>
 * setup.sh                                   JDK 17 (unless one is there), bubblewrap, the user nnstudent, permissions
 * run_autograder                             grades /autograder/submission into /autograder/results/results.json
 * workbook/grader/nn-grader.jar
 * workbook/grader/assignments/ID/...         the hidden tests (answer sets left out)
 * workbook/notebooks/ID.ipynb                the instructor notebook
 * workbook/lib/target/nn-lib.jar, workbook/kernel/target/classpath/*.jar   the notebooks' classpath
 * workbook/datasets/...
 * </pre>
 * Entries are sorted and dated 2000-01-01, so the same inputs give the same bytes.
 */
public final class AutograderZip {
    static final String USER = "nnstudent";
    private static final FileTime FIXED_TIME = FileTime.fromMillis(946_684_800_000L);
    private static final String TEMPLATES = "/org/nnworkbook/grader/gradescope/";

    private AutograderZip() {
    }

    /** What goes into the zip: file in the zip → file on disk, or the bytes of a generated script. */
    public record Contents(Map<String, Path> files, Map<String, byte[]> scripts) {
        public long bytes() throws IOException {
            long total = scripts.values().stream().mapToLong(b -> b.length).sum();
            for (Path file : files.values()) {
                total += Files.size(file);
            }
            return total;
        }
    }

    /**
     * @param notebook  the instructor notebook (its assignment must have no problems; the caller checks)
     * @param testsDir  its hidden tests
     * @param graderJar the runnable grader jar (nn-grader.jar)
     * @throws IOException with what to build first when a part is missing
     */
    public static Contents contents(WorkbookHome home, String assignmentId, Path notebook, Path testsDir, Path graderJar,
                                    List<String> limits) throws IOException {
        if (!assignmentId.matches("[A-Za-z0-9._-]+")) {
            throw new IOException("the notebook's name " + assignmentId + " has characters other than letters, digits,"
                    + " '.', '_' and '-'; rename it (it becomes a path in the autograder's scripts)");
        }
        if (!Files.isRegularFile(graderJar)) {
            throw new IOException("no grader jar at " + graderJar + "; build it first (./workbook build, or"
                    + " ./mvnw -pl grader -am package) or name it with --grader-jar");
        }
        Map<String, Path> files = new TreeMap<>();
        files.put("workbook/grader/nn-grader.jar", graderJar);
        files.put("workbook/notebooks/" + assignmentId + ".ipynb", notebook);
        addTree(files, testsDir, "workbook/grader/assignments/" + assignmentId + "/");
        List<Path> classpath = home.studentClasspath();
        if (classpath.stream().noneMatch(p -> p.getFileName().toString().equals("nn-lib.jar"))
                || !Files.isDirectory(home.root().resolve("kernel/target/classpath"))) {
            throw new IOException("the notebooks' classpath is not built (lib/target/nn-lib.jar and"
                    + " kernel/target/classpath/ in " + home.root() + "); run ./workbook build first");
        }
        for (Path entry : classpath) {
            files.put("workbook/" + home.root().relativize(entry).toString().replace('\\', '/'), entry);
        }
        for (Path data : home.readableData()) {
            addTree(files, data, "workbook/" + data.getFileName() + "/");
        }
        Map<String, byte[]> scripts = new TreeMap<>();
        for (String script : List.of("setup.sh", "run_autograder")) {
            scripts.put(script, template(script).replace("@ASSIGNMENT@", assignmentId).replace("@USER@", USER)
                    .replace("@LIMITS@", String.join(" ", limits))
                    .getBytes(StandardCharsets.UTF_8));
        }
        return new Contents(files, scripts);
    }

    /** Writes the zip; scripts are executable (mode 755), everything else 644. */
    public static void write(Contents contents, Path zip) throws IOException {
        Path parent = zip.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (OutputStream file = Files.newOutputStream(zip); ZipArchiveOutputStream out = new ZipArchiveOutputStream(file)) {
            for (Map.Entry<String, byte[]> script : contents.scripts().entrySet()) {
                out.putArchiveEntry(entry(script.getKey(), 0755));
                out.write(script.getValue());
                out.closeArchiveEntry();
            }
            for (Map.Entry<String, Path> part : contents.files().entrySet()) {
                out.putArchiveEntry(entry(part.getKey(), 0644));
                Files.copy(part.getValue(), out);
                out.closeArchiveEntry();
            }
        }
    }

    private static ZipArchiveEntry entry(String name, int mode) {
        ZipArchiveEntry entry = new ZipArchiveEntry(name);
        entry.setUnixMode(0100000 | mode);
        entry.setLastModifiedTime(FIXED_TIME);
        return entry;
    }

    /** Every file under {@code dir} except the instructor's answer sets ({@code answers/}), which grading does not use. */
    private static void addTree(Map<String, Path> files, Path dir, String prefix) throws IOException {
        List<Path> found = new ArrayList<>();
        try (Stream<Path> all = Files.walk(dir)) {
            all.filter(Files::isRegularFile).filter(p -> !dir.relativize(p).startsWith("answers")).forEach(found::add);
        }
        for (Path file : found) {
            files.put(prefix + dir.relativize(file).toString().replace('\\', '/'), file);
        }
    }

    private static String template(String name) throws IOException {
        try (InputStream in = AutograderZip.class.getResourceAsStream(TEMPLATES + name)) {
            if (in == null) {
                throw new IOException("the grader's own " + name + " template is missing from its jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
