// The unprivileged user every execution VM runs as when the grader itself runs as root (as on Gradescope).
package org.nnworkbook.grader.sandbox;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Each VM is started through util-linux's {@code setpriv}, which exec()s in place (the VM keeps
 * the PID the grader kills) after taking on this user's ids and dropping every other group; the
 * ulimits and the seccomp program opened before it stay in force. The user can read the agent jar
 * and the policy and owns its VM's scratch folder, nothing else of the grader's: file
 * permissions keep it out of the hidden tests and the instructor notebook even when bwrap is
 * unavailable. Needs Linux and a grader running as root (only root may change user).
 */
public final class VmUser {
    private final String name;
    private final long uid;
    private final long gid;

    private VmUser(String name, long uid, long gid) {
        this.name = name;
        this.uid = uid;
        this.gid = gid;
    }

    /** The user of that name; fails with what to do when it does not exist or cannot be switched to. */
    public static VmUser named(String name) throws SandboxException {
        if (!Sandbox.isLinux()) {
            throw new SandboxException("running student code as user " + name + " needs Linux");
        }
        if (SandboxFiles.onPath("setpriv") == null) {
            throw new SandboxException("running student code as user " + name
                    + " needs setpriv (Debian/Ubuntu package util-linux) on PATH");
        }
        long uid = id("-u", name);
        long gid = id("-g", name);
        if (uid == 0) {
            throw new SandboxException("user " + name + " is root; student code must run as an unprivileged user");
        }
        return new VmUser(name, uid, gid);
    }

    private static long id(String option, String name) throws SandboxException {
        try {
            Process process = new ProcessBuilder("id", option, name).redirectErrorStream(true).start();
            String answer = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (!process.waitFor(10, TimeUnit.SECONDS) || process.exitValue() != 0 || !answer.matches("\\d+")) {
                throw new SandboxException("there is no user " + name + " on this machine (create it, e.g."
                        + " useradd --system --user-group --no-create-home " + name + ")");
            }
            return Long.parseLong(answer);
        } catch (IOException e) {
            throw new SandboxException("cannot look up user " + name + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SandboxException("interrupted while looking up user " + name);
        }
    }

    public String name() {
        return name;
    }

    /** Put before the VM's command: exec as this user, with no supplementary groups. */
    List<String> commandPrefix() {
        return List.of(SandboxFiles.onPath("setpriv").toString(), "--reuid=" + uid, "--regid=" + gid, "--clear-groups", "--");
    }

    /** Lets the user reach the agent jar and the policy in the grader's private work folder (list nothing else). */
    void shareAgent(Path agentDir, Path policy) throws IOException {
        chmod(agentDir.getParent(), "rwx--x--x");
        chmod(agentDir, "rwxr-xr-x");
        try (var files = Files.list(agentDir)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                chmod(file, "rw-r--r--");
            }
        }
        chmod(policy, "rw-r--r--");
    }

    /** Gives a fresh scratch folder (mode 700) to the user, and lets it through the folder holding the scratches. */
    void own(Path scratch) throws IOException {
        chmod(scratch.getParent(), "rwx--x--x");
        Files.setAttribute(scratch, "unix:uid", (int) uid);
        Files.setAttribute(scratch, "unix:gid", (int) gid);
    }

    private static void chmod(Path path, String permissions) throws IOException {
        Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
    }
}
