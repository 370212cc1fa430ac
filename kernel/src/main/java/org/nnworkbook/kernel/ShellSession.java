// One JShell and the execution VM it runs cells in: start, stop, watch, kill.
package org.nnworkbook.kernel;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.VarSnippet;
import org.nnworkbook.kernel.runtime.SideChannel;
import org.nnworkbook.shell.DefaultImports;
import org.nnworkbook.shell.MissingNames;

/**
 * JShell's default remote engine (JDI) runs student code in a separate VM: {@link #stop()} ends a
 * busy loop in about 2 s and keeps state, a System.exit or a crash there leaves this process
 * alive. The compiler (completion, analysis) stays here. The VM gets the notebook classpath both
 * for compiling and at launch, so ServiceLoader finds the library's extensions and each class is
 * loaded once, by the VM's application class loader. The engine is {@link NoDelayExecutionControl}
 * (JShell's JDI engine with TCP_NODELAY at both ends: a cell's round trip no longer waits for
 * delayed ACKs).
 */
final class ShellSession implements AutoCloseable {
    /** The JShell variable the kernel reads after each cell: the VM flushes its output (see AfterCell). */
    private static final String AFTER_CELL_VARIABLE = "org.nnworkbook.kernel.runtime.AfterCell $afterCell";

    /** Imports every cell starts with: the jshell tool's, plus display helpers from jjava; then the VM's runtime. */
    static final List<String> PREAMBLE = Stream.concat(DefaultImports.snippets().stream(), Stream.of(
            "import static org.dflib.jjava.jupyter.kernel.BaseNotebookStatics.display;",
            "import static org.dflib.jjava.jupyter.kernel.BaseNotebookStatics.updateDisplay;",
            AFTER_CELL_VARIABLE + " = org.nnworkbook.kernel.runtime.NotebookRuntime.start();")).toList();

    private static final long GIGABYTE = 1L << 30;

    private final JShell shell;
    private final ReentrantLock warmUpLock = new ReentrantLock();
    private VarSnippet afterCellVariable;
    private volatile boolean claimed;
    private volatile boolean closed;
    private volatile long pid = -1;

    private ShellSession(JShell shell) {
        this.shell = shell;
        shell.onShutdown(ended -> closed = true);
    }

    /**
     * Launches the VM and runs the preamble; the {@code output} must be between cells (the VM's
     * pid arrives through it). The VM's System.in reads {@code input}. Imports of an earlier session are replayed, so a restart keeps them.
     */
    static ShellSession start(String classpath, CellOutput output, InputStream input, List<String> importsToReplay) {
        CompilerWarmUp.start();
        JShell shell = JShell.builder()
                .out(new PrintStream(output.stdout(), true, StandardCharsets.UTF_8))
                .err(new PrintStream(output.stderr(), true, StandardCharsets.UTF_8))
                .in(input)
                .compilerOptions("--class-path", classpath)
                .remoteVMOptions(vmOptions(classpath))
                .executionEngine(new NoDelayExecutionControl.Provider(), Map.of())
                .build();
        ShellSession session = new ShellSession(shell);
        StartupSink startup = new StartupSink(session);
        output.startCell(startup);
        for (String line : Stream.concat(PREAMBLE.stream(), importsToReplay.stream()).toList()) {
            for (SnippetEvent event : shell.eval(line)) {
                if (event.snippet() instanceof VarSnippet variable) {
                    session.afterCellVariable = variable;
                }
                if (event.status() == Snippet.Status.REJECTED || event.exception() != null || session.closed) {
                    output.endCell();
                    session.close();
                    throw new IllegalStateException("could not run `" + line + "`" + startup.said());
                }
            }
        }
        session.afterCell();
        output.endCell();
        return session;
    }

    /**
     * Runs a first expression, the class index and a completion once, in the background, so the
     * student's first cell and first Tab find javac and the VM warm. One step at a time: a cell
     * that {@link #claim claims} the session waits for the current step only, and ends the rest.
     */
    void warmUp() {
        SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
        List<Runnable> steps = List.of(
                () -> shell.eval("1 + 1").forEach(event -> shell.drop(event.snippet())),
                () -> MissingNames.warmUp(analysis),
                () -> analysis.completionSuggestions("Math.ma", "Math.ma".length(), new int[1]));
        for (Runnable step : steps) {
            warmUpLock.lock();
            try {
                if (claimed || closed) {
                    return;
                }
                step.run();
            } catch (RuntimeException vmGone) {
                return; // the cell that comes next will say what happened
            } finally {
                warmUpLock.unlock();
            }
        }
    }

    /** Ends the warm-up: returns when its current step is done, and no step runs after this. */
    void claim() {
        if (!claimed) {
            claimed = true;
            warmUpLock.lock();
            warmUpLock.unlock();
        }
    }

    /**
     * The VM's heap: what this JVM chose for itself (a quarter of the machine's memory, container
     * aware), capped at 2 GB, so an endless list fails fast with OutOfMemoryError instead of
     * swapping the machine.
     */
    private static String[] vmOptions(String classpath) {
        long heap = Math.max(256L << 20, Math.min(2 * GIGABYTE, Runtime.getRuntime().maxMemory()));
        return new String[] {"--class-path", classpath, "-Xmx" + (heap >> 20) + "m", "-Xss2m",
            "-Djava.awt.headless=true", "-Dfile.encoding=UTF-8", "-XX:+UseSerialGC", "-XX:-UsePerfData"};
    }

    JShell shell() {
        return shell;
    }

    boolean isAlive() {
        return !closed && process().map(ProcessHandle::isAlive).orElse(true);
    }

    /** Asks JShell to stop the running snippet (through JDI: loops, sleeps and waits end). */
    void stop() {
        if (!closed) {
            shell.stop();
        }
    }

    /** Sends what the VM's buffers hold now and ends a half-read System.in line; nothing when the VM is gone. */
    void afterCell() {
        if (isAlive() && afterCellVariable != null) {
            try {
                shell.varValue(afterCellVariable);
            } catch (RuntimeException vmGone) {
                // a dead VM has nothing more to say
            }
        }
    }

    /** Ends the VM at once (a thread the student started, a loop JDI cannot reach). */
    void kill() {
        process().ifPresent(ProcessHandle::destroyForcibly);
    }

    Optional<ProcessHandle> process() {
        return pid < 0 ? Optional.empty() : ProcessHandle.of(pid);
    }

    @Override
    public void close() {
        closed = true;
        kill();
        try {
            shell.close();
        } catch (RuntimeException alreadyGone) {
            // the VM is gone already; nothing left to close
        }
    }

    /** Takes the VM's pid from the side channel and keeps what the VM said while starting. */
    private static final class StartupSink implements CellOutput.Sink {
        private final ShellSession session;
        private final StringBuilder said = new StringBuilder();

        StartupSink(ShellSession session) {
            this.session = session;
        }

        @Override
        public synchronized void text(String stream, String text) {
            said.append(text);
        }

        @Override
        public void record(String kind, String json) {
            if (SideChannel.PID.equals(kind)) {
                session.pid = com.google.gson.JsonParser.parseString(json).getAsJsonObject().get("pid").getAsLong();
            }
        }

        synchronized String said() {
            return said.length() == 0 ? "" : " (the VM said: " + said.toString().strip() + ")";
        }
    }
}
