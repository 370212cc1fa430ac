// The grader-private files every execution VM needs: the agent class, the seccomp program, the policy.
package org.nnworkbook.grader.sandbox;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import org.nnworkbook.grader.TempFolders;

/**
 * Lives in a temporary folder removed when the batch ends. The agent's two classes are copied
 * there into a jar of their own so that the sandbox never sees the grader's jar (which holds JUnit and the grader's
 * own classes) nor the compiled hidden tests.
 */
final class SandboxFiles implements AutoCloseable {
    private final Path work;
    private final Path agentDir;
    private final Path agentJar;
    private final Path seccomp;
    private final Path policy;
    private final Path javaHome;
    private final List<Path> jdkLinkTargets;

    private SandboxFiles(Path work, Path agentDir, Path agentJar, Path seccomp, Path policy, Path javaHome,
                         List<Path> jdkLinkTargets) {
        this.work = work;
        this.agentDir = agentDir;
        this.agentJar = agentJar;
        this.seccomp = seccomp;
        this.policy = policy;
        this.javaHome = javaHome;
        this.jdkLinkTargets = jdkLinkTargets;
    }

    static SandboxFiles create(List<Path> classpath, List<Path> readableData) throws SandboxException {
        try {
            Path work = Files.createTempDirectory("nn-grader-sandbox-");
            Path agentDir = Files.createDirectories(work.resolve("agent"));
            Path agentJar = agentDir.resolve("nn-grader-agent.jar");
            writeAgentJar(agentJar);
            byte[] program = SeccompFilter.forThisMachine();
            Path seccomp = null;
            if (program != null) {
                seccomp = work.resolve("no-new-processes.bpf");
                Files.write(seccomp, program);
            }
            Path javaHome = Path.of(System.getProperty("java.home")).toRealPath();
            Path policy = work.resolve("execution-vm.policy");
            Files.writeString(policy, SecurityPolicy.text(agentJar, classpath, readableData), StandardCharsets.UTF_8);
            return new SandboxFiles(work, agentDir, agentJar, seccomp, policy, javaHome, linkTargetsOutside(javaHome));
        } catch (IOException e) {
            throw new SandboxException("cannot prepare the sandbox files: " + e.getMessage());
        }
    }

    /** The agent's classes in a jar whose manifest makes it a -javaagent that may redefine classes. */
    private static void writeAgentJar(Path jar) throws IOException, SandboxException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().putValue("Premain-Class", Sandbox.AGENT);
        manifest.getMainAttributes().putValue("Can-Redefine-Classes", "true");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
            for (Class<?> type : List.of(ExecutionAgent.class, ExecutionAgent.Redefining.class)) {
                String classFile = type.getName().replace('.', '/') + ".class";
                try (InputStream in = SandboxFiles.class.getClassLoader().getResourceAsStream(classFile)) {
                    if (in == null) {
                        throw new SandboxException("the grader's own " + classFile + " is missing from its classpath");
                    }
                    out.putNextEntry(new JarEntry(classFile));
                    in.transferTo(out);
                    out.closeEntry();
                }
            }
        }
    }

    /** Debian's JDK links conf files into /etc; the sandbox must see those targets too. */
    private static List<Path> linkTargetsOutside(Path javaHome) throws IOException {
        Set<Path> targets = new LinkedHashSet<>();
        try (Stream<Path> all = Files.walk(javaHome)) {
            for (Path path : (Iterable<Path>) all::iterator) {
                if (Files.isSymbolicLink(path)) {
                    try {
                        Path real = path.toRealPath();
                        if (!real.startsWith(javaHome) && !real.startsWith("/usr")) {
                            targets.add(Files.isDirectory(real) ? real : real.getParent());
                        }
                    } catch (IOException dangling) {
                        // A dangling link (docs not installed) needs nothing bound.
                    }
                }
            }
        }
        List<Path> outermost = new ArrayList<>();
        for (Path target : targets) {
            if (targets.stream().noneMatch(other -> !other.equals(target) && target.startsWith(other))) {
                outermost.add(target);
            }
        }
        return outermost;
    }

    static Path onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        for (String dir : path.split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(dir, program);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    /**
     * The bwrap program: -Dnnworkbook.bwrap=PATH when set (for an unusual install, and for tests
     * that need a bwrap which fails the way it does without user namespaces), else bwrap on PATH.
     */
    Path bwrap() {
        String configured = System.getProperty("nnworkbook.bwrap");
        if (configured != null) {
            Path path = Path.of(configured);
            return Files.isExecutable(path) ? path : null;
        }
        return onPath("bwrap");
    }

    Path agentDir() {
        return agentDir;
    }

    Path agentJar() {
        return agentJar;
    }

    Path seccomp() {
        return seccomp;
    }

    Path policy() {
        return policy;
    }

    Path javaHome() {
        return javaHome;
    }

    List<Path> jdkLinkTargets() {
        return jdkLinkTargets;
    }

    /** A scratch folder only its owner can enter (other submissions' VMs run as the same user). */
    Path newScratch() throws IOException {
        Path scratches = work.resolve("scratch");
        Files.createDirectories(scratches);
        Path scratch = Files.createTempDirectory(scratches, "vm-");
        try {
            Files.setPosixFilePermissions(scratch, PosixFilePermissions.fromString("rwx------"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the folder's default ACL is already private to the user.
        }
        return scratch;
    }

    void deleteScratch(Path scratch) {
        if (scratch != null) {
            TempFolders.deleteTree(scratch);
        }
    }

    @Override
    public void close() {
        TempFolders.deleteTree(work);
    }
}
