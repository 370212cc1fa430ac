// Builds the command that starts one execution VM under the strongest isolation this machine allows.
package org.nnworkbook.grader.sandbox;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Made once per batch: it picks the isolation (probing that it really works here), writes the
 * agent class, the seccomp program and the security policy into a private work folder, and then
 * hands out a {@link ProcessBuilder} per execution VM. Every VM also runs under ulimits (address
 * space, file size, no core dumps) and with an environment holding nothing of the grader's.
 */
public final class Sandbox implements AutoCloseable {
    static final String AGENT = ExecutionAgent.class.getName();

    private final Isolation isolation;
    private final String fallbackReason;
    private final Limits limits;
    private final SandboxFiles files;
    private final List<Path> classpath;
    private final List<Path> readableData;
    private final VmUser user; // null: VMs run as the grader's user
    // bwrap's --die-with-parent is Linux's parent-death signal, which fires when the *thread* that started
    // the process ends. VMs are also started on short-lived threads (a restart during a hidden test runs on
    // JUnit's thread for that test), so every VM is started from this one thread, which lives as long as
    // the batch: a VM then dies with the batch, never with the test that happened to start it.
    private final ExecutorService launcher = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "execution-vm-launcher");
        thread.setDaemon(true);
        return thread;
    });

    private Sandbox(Isolation isolation, String fallbackReason, Limits limits, SandboxFiles files,
                    List<Path> classpath, List<Path> readableData, VmUser user) {
        this.isolation = isolation;
        this.fallbackReason = fallbackReason;
        this.limits = limits;
        this.files = files;
        this.classpath = classpath;
        this.readableData = readableData;
        this.user = user;
    }

    /**
     * @param requested    the isolation to use, or null for the strongest that works
     * @param classpath    jars and folders student code may use (the notebooks' classpath)
     * @param readableData folders student code may read (the datasets)
     */
    public static Sandbox create(Isolation requested, Limits limits, List<Path> classpath,
                                 List<Path> readableData) throws SandboxException {
        return create(requested, limits, classpath, readableData, null);
    }

    /** The same, with every VM run as {@code user} (null: as the grader's user). */
    public static Sandbox create(Isolation requested, Limits limits, List<Path> classpath,
                                 List<Path> readableData, VmUser user) throws SandboxException {
        SandboxFiles files = SandboxFiles.create(classpath, readableData);
        try {
            if (user != null) {
                user.shareAgent(files.agentDir(), files.policy());
            }
            return choose(requested, limits, files, classpath, readableData, user);
        } catch (IOException e) {
            files.close();
            throw new SandboxException("cannot share the sandbox files with user " + user.name() + ": " + e.getMessage());
        } catch (SandboxException | RuntimeException e) {
            files.close();
            throw e;
        }
    }

    private static Sandbox choose(Isolation requested, Limits limits, SandboxFiles files, List<Path> classpath,
                                  List<Path> data, VmUser user) throws SandboxException {
        if (requested != null) {
            Sandbox sandbox = new Sandbox(requested, null, limits, files, classpath, data, user);
            String failure = sandbox.probe();
            if (failure != null) {
                sandbox.launcher.shutdownNow();
                throw new SandboxException("isolation " + requested.id() + " does not work on this machine: " + failure);
            }
            return sandbox;
        }
        StringBuilder reasons = new StringBuilder();
        for (Isolation candidate : Isolation.values()) {
            Sandbox sandbox = new Sandbox(candidate, reasons.length() == 0 ? null : reasons.toString(),
                    limits, files, classpath, data, user);
            String failure = sandbox.probe();
            if (failure == null) {
                return sandbox;
            }
            sandbox.launcher.shutdownNow();
            reasons.append(reasons.length() == 0 ? "" : "; ").append(candidate.id()).append(": ").append(failure);
        }
        throw new SandboxException("no execution VM could be started: " + reasons);
    }

    /**
     * Starts the agent exactly as an execution VM would be started and waits for its first bytes
     * on stdout, where only the agent writes: proof that the whole chain, from the sandbox to
     * class loading, works. Null when it does, else what went wrong in the VM's own words.
     */
    private String probe() {
        if (isolation == Isolation.BWRAP && (!isLinux() || files.bwrap() == null)) {
            return isLinux() ? "bwrap is not installed (Debian/Ubuntu: apt-get install bubblewrap)" : "bwrap needs Linux";
        }
        if (isolation == Isolation.BWRAP && files.seccomp() == null) {
            return "no seccomp program for this processor (" + System.getProperty("os.arch") + ")";
        }
        if (isolation == Isolation.SECURITY_MANAGER && Runtime.version().feature() >= 24) {
            return "Java " + Runtime.version().feature() + " has no security manager";
        }
        Path scratch = null;
        Process process = null;
        try {
            scratch = newScratch();
            process = start(processBuilder(scratch));
            Process started = process;
            CompletableFuture<Integer> firstByte = CompletableFuture.supplyAsync(() -> {
                try {
                    return started.getInputStream().read();
                } catch (IOException e) {
                    return -1;
                }
            });
            if (firstByte.get(limits.startupTimeout().toMillis(), TimeUnit.MILLISECONDS) >= 0) {
                return null;
            }
            process.waitFor(5, TimeUnit.SECONDS);
            String errors = new String(readSome(process.getErrorStream(), 4096), StandardCharsets.UTF_8).strip();
            return errors.isEmpty() ? "the execution VM ended at once (exit code " + process.exitValue() + ")" : firstLine(errors);
        } catch (TimeoutException e) {
            return "the execution VM did not answer within " + limits.startupTimeout().toSeconds() + " s";
        } catch (IOException | ExecutionException e) {
            return e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        } finally {
            if (process != null) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
            files.deleteScratch(scratch);
        }
    }

    private static byte[] readSome(InputStream in, int max) throws IOException {
        byte[] all = in.readAllBytes();
        return all.length <= max ? all : java.util.Arrays.copyOf(all, max);
    }

    private static String firstLine(String text) {
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }

    static boolean isLinux() {
        return System.getProperty("os.name").toLowerCase().contains("linux");
    }

    public Isolation isolation() {
        return isolation;
    }

    /** One line for the output: which isolation is used and, after a fallback, why. */
    public String summary() {
        return "isolation: " + isolation.id() + " (" + isolation.description() + ")"
                + (fallbackReason == null ? "" : "; stronger isolation unavailable: " + fallbackReason)
                + (user == null ? "" : "; student code runs as user " + user.name());
    }

    public Limits limits() {
        return limits;
    }

    public List<Path> classpath() {
        return classpath;
    }

    /** A fresh, empty scratch folder on the host (used outside bwrap; bwrap gives each VM a tmpfs). */
    public Path newScratch() throws IOException {
        Path scratch = files.newScratch();
        if (user != null) {
            user.own(scratch);
        }
        return scratch;
    }

    public void deleteScratch(Path scratch) {
        files.deleteScratch(scratch);
    }

    /** Starts an execution VM's process (see {@link #launcher} for why on one thread). */
    public Process start(ProcessBuilder builder) throws IOException {
        Future<Process> started = launcher.submit(builder::start);
        try {
            return started.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            launcher.execute(() -> destroyWhenStarted(started)); // runs after the start: one thread, in order
            throw new IOException("interrupted while starting the execution VM");
        }
    }

    private static void destroyWhenStarted(Future<Process> started) {
        try {
            started.get().destroyForcibly();
        } catch (InterruptedException | ExecutionException e) {
            // Nothing was started.
        }
    }

    /** The process of one execution VM running the JShell agent. */
    public ProcessBuilder processBuilder(Path hostScratch) {
        String scratch = isolation == Isolation.BWRAP ? "/tmp" : hostScratch.toString();
        List<String> java = new ArrayList<>(List.of(files.javaHome().resolve("bin/java").toString(),
                "-Xmx" + limits.heapMegabytes() + "m", "-Xss1m",
                "-XX:MaxMetaspaceSize=192m", "-XX:CompressedClassSpaceSize=64m", "-XX:ReservedCodeCacheSize=64m",
                // Serial GC: fewest threads and least memory per VM. Tiered compilation stays on in full
                // (C1 alone starts ~10% faster but runs training loops in cells 2-3 times slower).
                "-XX:+UseSerialGC", "-XX:-UsePerfData",
                // The protocol runs on stdout: keep every JVM message on stderr.
                "-XX:+DisplayVMOutputToStderr", "-Xlog:disable", "-Xlog:all=warning:stderr",
                "-XX:ErrorFile=" + scratch + "/hs_err.log",
                "-Djava.awt.headless=true", "-Dfile.encoding=UTF-8",
                "-Dsun.stdout.encoding=UTF-8", "-Dsun.stderr.encoding=UTF-8",
                "-Djava.io.tmpdir=" + scratch, "-Duser.home=" + scratch, "-Duser.dir=" + scratch));
        if (isolation == Isolation.SECURITY_MANAGER) {
            java.addAll(List.of("-Djava.security.manager=default",
                    "-Djava.security.policy==" + files.policy(),
                    "-Dnnworkbook.scratch=" + scratch));
        }
        // The library's Datasets look in <home>/datasets: point them at the readable copy (the VM's working
        // folder is its scratch, so walking up from it finds nothing).
        readableData.stream().filter(p -> p.getFileName() != null && p.getFileName().toString().equals("datasets"))
                .findFirst()
                .ifPresent(datasets -> java.add("-Dnnworkbook.home=" + datasets.toAbsolutePath().getParent()));
        String agent = files.agentJar().toString();
        java.addAll(List.of("-javaagent:" + agent, "-cp", agent, AGENT));

        List<String> command = new ArrayList<>();
        Path shell = Path.of("/bin/sh");
        boolean limited = Files.isExecutable(shell);
        if (limited) {
            // ulimit needs a shell; exec keeps the PID, so killing the process kills the VM.
            command.addAll(List.of(shell.toString(), "-c",
                    "ulimit -c 0; ulimit -v \"$1\" || exit 125; ulimit -f \"$2\"; s=\"$3\"; shift 3;"
                            + " if [ \"$s\" = - ]; then exec \"$@\"; else exec \"$@\" 9<\"$s\"; fi",
                    "sandbox", Long.toString(limits.addressSpaceKib()), Long.toString(2 * 64 * 1024),
                    isolation == Isolation.BWRAP ? files.seccomp().toString() : "-"));
        }
        if (user != null) {
            command.addAll(user.commandPrefix());
        }
        if (isolation == Isolation.BWRAP) {
            command.addAll(BwrapArguments.of(files, classpath, readableData, limited));
        }
        command.addAll(java);

        ProcessBuilder builder = new ProcessBuilder(command).directory(hostScratch.toFile());
        Map<String, String> env = builder.environment();
        env.clear();
        env.put("PATH", "/usr/bin:/bin");
        env.put("LANG", "C.UTF-8");
        env.put("HOME", scratch);
        // glibc would reserve 64 MB of address space per thread arena and exhaust the cap early.
        env.put("MALLOC_ARENA_MAX", "2");
        return builder;
    }

    @Override
    public void close() {
        launcher.shutdownNow();
        files.close();
    }
}
