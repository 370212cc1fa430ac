// One running execution VM: its process, its captured stderr, and a kill that leaves nothing behind.
package org.nnworkbook.grader.sandbox;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * stderr carries only the JVM's own messages (student output is multiplexed on stdout); it is
 * drained continuously, or a chatty VM would block on a full pipe, and only its start is kept.
 */
public final class ExecutionVm {
    private static final int STDERR_KEPT = 8 * 1024;

    private final Process process;
    private final Sandbox sandbox;
    private final Path scratch;
    private final StringBuilder stderr = new StringBuilder();

    private ExecutionVm(Process process, Sandbox sandbox, Path scratch) {
        this.process = process;
        this.sandbox = sandbox;
        this.scratch = scratch;
        Thread drain = new Thread(this::drainStderr, "execution-vm-stderr");
        drain.setDaemon(true);
        drain.start();
    }

    static ExecutionVm start(Sandbox sandbox) throws IOException {
        Path scratch = sandbox.newScratch();
        try {
            return new ExecutionVm(sandbox.start(sandbox.processBuilder(scratch)), sandbox, scratch);
        } catch (IOException e) {
            sandbox.deleteScratch(scratch);
            throw e;
        }
    }

    private void drainStderr() {
        byte[] buffer = new byte[4096];
        try (InputStream err = process.getErrorStream()) {
            int n;
            while ((n = err.read(buffer)) > 0) {
                synchronized (stderr) {
                    if (stderr.length() < STDERR_KEPT) {
                        stderr.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
                    }
                }
            }
        } catch (IOException closed) {
            // The VM is gone; what was read is kept.
        }
    }

    Process process() {
        return process;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** The exit code once the VM has ended, or null while it runs. */
    public Integer exitCode() {
        try {
            return process.waitFor(2, TimeUnit.SECONDS) ? process.exitValue() : null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    public String stderr() {
        synchronized (stderr) {
            return stderr.toString();
        }
    }

    /** Kills the VM and anything it started (only possible without bwrap and the security manager). */
    public void kill() {
        List<ProcessHandle> children = process.descendants().toList();
        process.destroyForcibly();
        children.forEach(ProcessHandle::destroyForcibly);
        try {
            process.waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        sandbox.deleteScratch(scratch);
    }
}
