// Starts the kernel: `java ... org.nnworkbook.kernel.KernelMain CONNECTION_FILE` (what the kernelspec runs).
package org.nnworkbook.kernel;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.dflib.jjava.jupyter.channels.JupyterConnection;
import org.dflib.jjava.jupyter.kernel.KernelConnectionProperties;

/**
 * Binds the Jupyter channels and hands them to {@link WorkbookKernel}; the execution VM starts in
 * the background meanwhile, so kernel_info is answered at once. Prints nothing on a normal start.
 */
public final class KernelMain {
    /** The execution VM's classpath (nn-lib, its dependencies, this kernel's runtime): entries may end in {@code /*}. */
    static final String CLASSPATH_VARIABLE = "NN_WORKBOOK_CLASSPATH";

    private KernelMain() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: KernelMain CONNECTION_FILE (Jupyter passes it; see kernel/kernelspec.sh)");
            System.exit(2);
        }
        KernelConnectionProperties properties = KernelConnectionProperties.parse(Files.readString(Path.of(args[0])));
        WorkbookKernel kernel = new WorkbookKernel(executionClasspath());
        JupyterConnection connection = new PromptConnection(properties);
        kernel.becomeHandlerForConnection(connection);
        try {
            connection.connect();
        } catch (RuntimeException e) {
            // A port taken meanwhile, say: end, so Jupyter sees a dead kernel and can start another,
            // instead of a process that keeps the channels bound so far and never answers.
            System.err.println("The kernel could not open its Jupyter channels: " + e);
            System.exit(1);
        }
        exitWithParent();
        connection.waitUntilClose();
        kernel.onShutdown(false);
        System.exit(0); // JShell and JeroMQ leave non-daemon threads behind
    }

    /**
     * Jupyter names its own pid in JPY_PARENT_PID: a kernel whose Jupyter was killed ends too
     * (with its execution VM, which watches this process), instead of running on unseen.
     */
    private static void exitWithParent() {
        String parent = System.getenv("JPY_PARENT_PID");
        if (parent != null && parent.matches("\\d+")) {
            ProcessHandle.of(Long.parseLong(parent)).ifPresent(jupyter -> jupyter.onExit().thenRun(() -> System.exit(0)));
        }
    }

    /** $NN_WORKBOOK_CLASSPATH with {@code dir/*} expanded to the jars there, else this JVM's own classpath. */
    static String executionClasspath() throws IOException {
        String configured = System.getenv(CLASSPATH_VARIABLE);
        String classpath = configured == null || configured.isBlank() ? System.getProperty("java.class.path") : configured;
        List<String> entries = new ArrayList<>();
        for (String entry : classpath.split(File.pathSeparator)) {
            if (entry.endsWith("*")) {
                Path folder = Path.of(entry.substring(0, entry.length() - 1));
                if (Files.isDirectory(folder)) {
                    try (Stream<Path> jars = Files.list(folder)) {
                        jars.filter(jar -> jar.toString().endsWith(".jar")).sorted().forEach(jar -> entries.add(jar.toString()));
                    }
                }
            } else if (!entry.isBlank()) {
                entries.add(entry);
            }
        }
        return String.join(File.pathSeparator, entries);
    }
}
