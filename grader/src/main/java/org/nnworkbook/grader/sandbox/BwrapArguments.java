// The bubblewrap command line: new namespaces, a read-only view of what Java needs, a tmpfs scratch.
package org.nnworkbook.grader.sandbox;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The VM sees /usr and the top-level library links, the JDK (and the /etc files Debian's JDK
 * links to), the agent class, the notebook classpath and the data folders, all read-only; a
 * 64 MiB tmpfs at /tmp is its scratch folder and working directory. It does not see the grader,
 * the hidden tests, the submissions or the output folder. Network, PID, IPC, UTS and user
 * namespaces are new; it dies with the grader and has no capabilities.
 */
final class BwrapArguments {
    static final long SCRATCH_BYTES = 64L * 1024 * 1024;

    private BwrapArguments() {
    }

    static List<String> of(SandboxFiles files, List<Path> classpath, List<Path> readableData, boolean withSeccomp) {
        List<String> args = new ArrayList<>(List.of(files.bwrap().toString(), "--unshare-all", "--die-with-parent",
                "--new-session", "--cap-drop", "ALL"));
        // The tmpfs first: binds below that lie under the host's /tmp must land on top of it.
        args.addAll(List.of("--proc", "/proc", "--dev", "/dev",
                "--size", Long.toString(SCRATCH_BYTES), "--tmpfs", "/tmp", "--chdir", "/tmp"));
        roBind(args, Path.of("/usr"));
        for (String top : List.of("/bin", "/sbin", "/lib", "/lib32", "/lib64", "/libx32")) {
            Path path = Path.of(top);
            if (Files.isSymbolicLink(path)) {
                try {
                    args.addAll(List.of("--symlink", Files.readSymbolicLink(path).toString(), top));
                } catch (java.io.IOException unreadable) {
                    // A link we cannot read we cannot recreate; the VM will do without it.
                }
            } else if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                roBind(args, path);
            }
        }
        args.addAll(List.of("--ro-bind-try", "/etc/ld.so.cache", "/etc/ld.so.cache"));
        if (!files.javaHome().startsWith("/usr")) {
            roBind(args, files.javaHome());
        }
        for (Path target : files.jdkLinkTargets()) {
            roBindTry(args, target);
        }
        roBind(args, files.agentDir());
        for (Path entry : classpath) {
            roBindTry(args, entry.toAbsolutePath());
        }
        for (Path entry : readableData) {
            roBindTry(args, entry.toAbsolutePath());
        }
        if (withSeccomp) {
            args.addAll(List.of("--seccomp", "9"));
        }
        args.add("--");
        return args;
    }

    private static void roBindTry(List<String> args, Path path) {
        args.addAll(List.of("--ro-bind-try", path.toString(), path.toString()));
    }

    private static void roBind(List<String> args, Path path) {
        args.addAll(List.of("--ro-bind", path.toString(), path.toString()));
    }
}
