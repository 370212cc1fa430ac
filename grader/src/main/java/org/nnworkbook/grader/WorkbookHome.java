// Finds the workbook's root folder and, from it, the classpath and data student code may use.
package org.nnworkbook.grader;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The root is the folder holding pom.xml and grader/: found upwards from where the grader's
 * classes are (grader/target/nn-grader.jar or grader/target/classes), else the working
 * directory; -Dnnworkbook.home overrides both. Student code gets the classpath the notebooks'
 * kernel gets: lib/target/nn-lib.jar and kernel/target/classpath/*.jar, when they are built.
 */
public record WorkbookHome(Path root) {

    public static WorkbookHome locate() {
        String property = System.getProperty("nnworkbook.home");
        if (property != null) {
            return new WorkbookHome(Path.of(property).toAbsolutePath().normalize());
        }
        try {
            Path here = Path.of(WorkbookHome.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            for (Path dir = here; dir != null; dir = dir.getParent()) {
                if (Files.isDirectory(dir.resolve("grader")) && Files.isRegularFile(dir.resolve("pom.xml"))) {
                    return new WorkbookHome(dir);
                }
            }
        } catch (URISyntaxException | RuntimeException e) {
            // Fall through to the working directory.
        }
        return new WorkbookHome(Path.of("").toAbsolutePath());
    }

    public Path notebooks() {
        return root.resolve("notebooks");
    }

    /** The notebooks' classpath, as far as it is built; missing parts are simply left out. */
    public List<Path> studentClasspath() {
        List<Path> entries = new ArrayList<>();
        Path lib = root.resolve("lib/target/nn-lib.jar");
        if (Files.isRegularFile(lib)) {
            entries.add(lib);
        }
        Path dependencies = root.resolve("kernel/target/classpath");
        if (Files.isDirectory(dependencies)) {
            try (Stream<Path> jars = Files.list(dependencies)) {
                jars.filter(p -> p.toString().endsWith(".jar")).sorted().forEach(entries::add);
            } catch (IOException e) {
                // An unreadable folder adds nothing.
            }
        }
        return entries;
    }

    /** Folders student code may read: the datasets. */
    public List<Path> readableData() {
        Path datasets = root.resolve("datasets");
        return Files.isDirectory(datasets) ? List.of(datasets) : List.of();
    }
}
