// The release step: validates instructor notebooks and writes their student versions.
package org.nnworkbook.grader.release;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.nnworkbook.grader.assignment.Assignment;

/**
 * All notebooks are checked before any is written, so a release with a problem writes nothing
 * and the instructor sees every problem at once.
 */
public final class Releaser {
    private Releaser() {
    }

    /** @return true when every notebook was valid and written */
    public static boolean release(List<Path> notebooks, Path outDir, Path testsDir, PrintWriter out, PrintWriter err)
            throws IOException {
        List<Assignment> assignments = new ArrayList<>();
        try {
            boolean valid = true;
            for (Path notebook : notebooks) {
                Assignment assignment = Assignment.load(notebook, testsDir);
                assignments.add(assignment);
                for (String problem : assignment.problems()) {
                    err.println("release: " + problem);
                    valid = false;
                }
            }
            if (!valid) {
                err.println("release: nothing written; fix the problems above and run release again");
                return false;
            }
            Files.createDirectories(outDir);
            for (Assignment assignment : assignments) {
                Path notebook = assignment.notebookPath();
                Path target = outDir.resolve(notebook.getFileName().toString());
                if (Files.exists(target) && Files.isSameFile(target, notebook)) {
                    err.println("release: refusing to overwrite the instructor notebook " + notebook);
                    return false;
                }
                Files.write(target, StudentVersion.of(assignment).toJson());
                out.println("released " + notebook.getFileName() + " -> " + target + " ("
                        + assignment.gradeCells().size() + " graded exercises, "
                        + formatPoints(assignment.maxPoints()) + " points)");
            }
            return true;
        } finally {
            for (Assignment assignment : assignments) {
                assignment.close();
            }
        }
    }

    static String formatPoints(double points) {
        return points == Math.rint(points) ? Long.toString((long) points) : Double.toString(points);
    }
}
