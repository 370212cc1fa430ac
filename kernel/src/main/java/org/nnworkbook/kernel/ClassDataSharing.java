// The execution VM's class-data sharing (AppCDS) archive: the options that use it, and those that make it.
package org.nnworkbook.kernel;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A dynamic AppCDS archive maps the classes a VM loads at start (JShell's agent, jjava's Renderer,
 * gson, the library's figures) from one file instead of reading and verifying them from jars.
 * kernel/kernelspec.sh makes it ({@link CdsTraining}) and names it in {@value #VM_ARCHIVE_VARIABLE}.
 *
 * <p>Never a reason for a VM not to start: with {@code -Xshare:auto} a missing, corrupt or stale
 * archive (rebuilt jars, another JDK) is ignored, and {@code -Xlog:cds*=off} keeps the JVM's
 * complaint about it (a line on its own stdout, which JDI holds and nobody reads) from being written.
 */
final class ClassDataSharing {
    /** The execution VM's archive file (set by the kernelspec); unset or blank means none. */
    static final String VM_ARCHIVE_VARIABLE = "NN_WORKBOOK_VM_ARCHIVE";
    private static final long CHECK_SECONDS = 60;

    private ClassDataSharing() {
    }

    /** What the execution VM's command line gets: the archive named in the environment, or nothing. */
    static List<String> vmOptions() {
        String archive = System.getenv(VM_ARCHIVE_VARIABLE);
        return archive == null || archive.isBlank() ? List.of() : useArchive(archive);
    }

    /** Maps classes from {@code archive} when the JVM accepts it, else starts as without it, silently. */
    static List<String> useArchive(String archive) {
        return List.of("-XX:SharedArchiveFile=" + archive, "-Xshare:auto", "-Xlog:cds*=off");
    }

    /**
     * True when a JVM of this JDK maps {@code archive} with {@code classpath} ({@code -Xshare:on}
     * fails otherwise). Checked once, after training: JDK 17 crashes on an archive cut short (a
     * full disk while dumping) instead of ignoring it; JDK 25 ignores it.
     */
    static boolean maps(Path archive, String classpath) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xshare:on", "-XX:SharedArchiveFile=" + archive, "-Xlog:cds*=off", "-XX:ErrorFile=/dev/null",
                "--class-path", classpath, "-version"));
        Process check = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        return check.waitFor(CHECK_SECONDS, TimeUnit.SECONDS) && check.exitValue() == 0;
    }

    /** Writes the classes the VM loaded into {@code archive} when it exits normally (System.exit included). */
    static List<String> makeArchive(String archive) {
        return List.of("-XX:ArchiveClassesAtExit=" + archive, "-Xlog:cds*=off");
    }
}
