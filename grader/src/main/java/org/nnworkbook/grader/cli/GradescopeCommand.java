// nn-grader gradescope --assignment NOTEBOOK --out autograder.zip: the zip to upload as a Gradescope autograder.
package org.nnworkbook.grader.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.nnworkbook.grader.WorkbookHome;
import org.nnworkbook.grader.assignment.Assignment;
import org.nnworkbook.grader.gradescope.AutograderZip;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "gradescope", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Writes the autograder zip of one assignment for a Gradescope programming assignment:",
                "setup.sh, run_autograder, the grader, the hidden tests, the notebooks' classpath and datasets/.",
                "Exit code 1 when the assignment has problems (nothing is written), 2 when a part is not built."})
final class GradescopeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--assignment", required = true, paramLabel = "NOTEBOOK", description = "The instructor notebook.")
    Path assignment;

    @Option(names = "--out", required = true, paramLabel = "ZIP", description = "The zip to write, e.g. autograder.zip.")
    Path out;

    @Option(names = "--tests", paramLabel = "DIR", description = "Hidden tests folder (default: grader/assignments/<notebook name>/).")
    Path tests;

    @Option(names = "--grader-jar", paramLabel = "JAR",
            description = "The grader jar to put in (default: the one running, else grader/target/nn-grader.jar).")
    Path graderJar;

    @Mixin
    GradescopeLimits limits;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isRegularFile(assignment)) {
            err.println("gradescope: --assignment " + assignment + " is not a file");
            return 2;
        }
        WorkbookHome home = WorkbookHome.locate();
        Path testsDir = tests != null ? tests : Assignment.defaultTestsDir(assignment);
        AutograderZip.Contents contents;
        try (Assignment loaded = Assignment.load(assignment, testsDir)) {
            if (!loaded.problems().isEmpty()) {
                loaded.problems().forEach(p -> err.println("gradescope: " + p));
                err.println("gradescope: the assignment has problems (see above); no zip was written");
                return 1;
            }
            contents = AutograderZip.contents(home, loaded.id(), assignment, testsDir,
                    graderJar != null ? graderJar : defaultGraderJar(home), limits.arguments());
        } catch (IOException e) {
            err.println("gradescope: " + e.getMessage());
            return 2;
        }
        AutograderZip.write(contents, out);
        spec.commandLine().getOut().printf("wrote %s: %d files, %.1f MB unpacked. Upload it as the autograder of a"
                        + " Gradescope programming assignment (Ubuntu 22.04 base image); see grader/README.md, Gradescope.%n",
                out, contents.files().size() + contents.scripts().size(), contents.bytes() / 1e6);
        return 0;
    }

    /** The jar this grader runs from, when it runs from one; else the workbook's built jar. */
    private static Path defaultGraderJar(WorkbookHome home) {
        try {
            Path running = Path.of(GradescopeCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isRegularFile(running) && running.toString().endsWith(".jar")) {
                return running;
            }
        } catch (URISyntaxException | RuntimeException e) {
            // Fall back to the built jar.
        }
        return home.root().resolve("grader/target/nn-grader.jar");
    }
}
