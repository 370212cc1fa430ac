// A JShell whose snippets run in one sandboxed execution VM, with a wall-clock limit on every call.
package org.nnworkbook.grader.session;

import java.io.ByteArrayInputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import jdk.jshell.EvalException;
import jdk.jshell.JShell;
import jdk.jshell.SnippetEvent;
import jdk.jshell.UnresolvedReferenceException;
import org.nnworkbook.grader.sandbox.ExecutionVm;
import org.nnworkbook.grader.sandbox.Sandbox;
import org.nnworkbook.grader.sandbox.SandboxEngine;
import org.nnworkbook.shell.CellSnippets;
import org.nnworkbook.shell.DefaultImports;
import org.nnworkbook.shell.MissingNames;

/**
 * A call that runs past its limit kills the VM (a CPU-bound loop cannot be interrupted any
 * other way) and the StudentVm is then dead for good: the caller starts a new one. JShell's
 * compiler runs in the grader's JVM, but no student code does.
 */
public final class StudentVm implements AutoCloseable {
    /** What the notebooks' kernel provides before the first cell: its imports and display helpers. */
    static final List<String> PREAMBLE = Stream.concat(DefaultImports.snippets().stream(), Stream.of(
            "String display(Object o) { return \"\"; }",
            "String display(String mime, Object o) { return \"\"; }",
            "void updateDisplay(String id, Object o) { }",
            "void updateDisplay(String id, String mime, Object o) { }")).toList();

    private final SandboxEngine engine;
    private final JShell shell;
    private final BoundedOutput output;
    private final ExecutorService caller;
    private volatile boolean dead;

    private StudentVm(SandboxEngine engine, JShell shell, BoundedOutput output) {
        this.engine = engine;
        this.shell = shell;
        this.output = output;
        this.caller = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "student-vm-call");
            thread.setDaemon(true);
            return thread;
        });
        shell.onShutdown(closed -> dead = true);
    }

    /** Starts the VM and runs the preamble; throws with the VM's own words when it does not start. */
    public static StudentVm start(Sandbox sandbox) throws VmStartException {
        SandboxEngine engine = new SandboxEngine(sandbox);
        BoundedOutput output = new BoundedOutput(sandbox.limits().outputLimit());
        PrintStream print = new PrintStream(output, true, StandardCharsets.UTF_8);
        JShell shell;
        try {
            shell = JShell.builder()
                    .executionEngine(engine, Map.of())
                    .in(new ByteArrayInputStream(new byte[0]))
                    .out(print)
                    .err(print)
                    .build();
        } catch (IllegalStateException e) {
            String stderr = engine.vm() == null ? "" : engine.vm().stderr().strip();
            if (engine.vm() != null) {
                engine.vm().kill();
            }
            throw new VmStartException("the execution VM did not start"
                    + (stderr.isEmpty() ? ": " + e.getMessage() : " (" + firstLines(stderr) + ")"));
        }
        StudentVm vm = new StudentVm(engine, shell, output);
        Duration limit = sandbox.limits().startupTimeout();
        long deadline = System.nanoTime() + limit.toNanos();
        for (Path entry : sandbox.classpath()) {
            shell.addToClasspath(entry.toString());
        }
        for (String line : PREAMBLE) {
            SnippetResult result = vm.eval(line, Duration.ofNanos(Math.max(1, deadline - System.nanoTime())));
            if (result.kind() != SnippetResult.Kind.OK) {
                String stderr = engine.vm() == null ? "" : engine.vm().stderr().strip();
                vm.close();
                throw new VmStartException("the execution VM did not start within " + limit.toSeconds() + " s: "
                        + result.detail() + (stderr.isEmpty() ? "" : " (" + firstLines(stderr) + ")"));
            }
        }
        vm.output.take();
        return vm;
    }

    private static String firstLines(String text) {
        return text.lines().limit(3).collect(Collectors.joining(" / "));
    }

    public boolean isDead() {
        return dead || engine.vm() == null || !engine.vm().isAlive();
    }

    /** Runs a notebook cell snippet by snippet, as the kernel does, stopping at the first error as a cell does. */
    public CellOutcome runCell(String source, Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        List<SnippetResult> results = new ArrayList<>();
        for (String snippet : split(withoutMagics(source))) {
            SnippetResult result = eval(snippet, Duration.ofNanos(Math.max(1, deadline - System.nanoTime())));
            if (result.kind() == SnippetResult.Kind.TIMEOUT) {
                result = SnippetResult.timeout(seconds(limit)); // the cell's limit, not what its last snippet had left
            }
            results.add(result);
            if (result.kind() != SnippetResult.Kind.OK) {
                break;
            }
        }
        return new CellOutcome(results, output.take());
    }

    /** Kernel magics (%jar, %dependency ...) mean nothing here; the grader provides the classpath. */
    private static String withoutMagics(String source) {
        return source.lines().map(line -> line.startsWith("%") ? "" : line).collect(Collectors.joining("\n"));
    }

    private List<String> split(String source) {
        return CellSnippets.split(shell.sourceCodeAnalysis(), source).stream().map(CellSnippets.Snippet::source).toList();
    }

    /** Evaluates one snippet (a hidden test's expression, for instance) within the limit. */
    public SnippetResult eval(String snippet, Duration limit) {
        if (isDead()) {
            return SnippetResult.vmEnded(endedHow());
        }
        Future<List<SnippetEvent>> call = caller.submit(() -> shell.eval(snippet));
        List<SnippetEvent> events;
        try {
            events = call.get(limit.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            dead = true;
            kill();
            awaitQuietly(call);
            return SnippetResult.timeout(seconds(limit));
        } catch (ExecutionException e) {
            dead = true;
            return SnippetResult.vmEnded(endedHow());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            dead = true;
            kill();
            return SnippetResult.vmEnded("grading was interrupted");
        }
        if (isDead()) {
            return SnippetResult.vmEnded(endedHow());
        }
        return describe(events);
    }

    private SnippetResult describe(List<SnippetEvent> events) {
        String value = "";
        for (SnippetEvent event : events) {
            if (event.causeSnippet() != null) {
                continue; // a dependent snippet updated as a side effect
            }
            if (!event.status().isDefined()) { // rejected, or needs something undefined: the kernel stops here too
                String diagnostics = shell.diagnostics(event.snippet())
                        .map(diag -> diag.getMessage(Locale.ROOT))
                        .collect(Collectors.joining("; "));
                String missing = event.snippet() instanceof jdk.jshell.DeclarationSnippet declaration
                        ? shell.unresolvedDependencies(declaration).collect(Collectors.joining(", ")) : "";
                return SnippetResult.compileErrorOf(!diagnostics.isEmpty() ? diagnostics
                        : !missing.isEmpty() ? "it uses " + missing + ", which is not defined" : "it is not valid Java");
            }
            if (event.exception() instanceof EvalException thrown) {
                return SnippetResult.exception(thrown.getExceptionClassName(), thrown.getMessage());
            }
            if (event.exception() instanceof UnresolvedReferenceException unresolved) {
                return SnippetResult.exception("UnresolvedReferenceException", MissingNames.sentence(
                        unresolved.getSnippet().name(), shell.unresolvedDependencies(unresolved.getSnippet()).toList(),
                        MissingNames.importsFrom(shell.sourceCodeAnalysis())));
            }
            if (event.exception() != null) {
                return SnippetResult.vmEnded(endedHow());
            }
            if (event.value() != null) {
                value = event.value();
            }
        }
        return SnippetResult.ok(value);
    }

    private String endedHow() {
        ExecutionVm vm = engine.vm();
        Integer code = vm == null ? null : vm.exitCode();
        String stderr = vm == null ? "" : vm.stderr();
        if (stderr.contains("OutOfMemoryError")) {
            return "the notebook's Java process ran out of memory and ended";
        }
        return "the notebook's Java process ended" + (code == null ? "" : " with exit code " + code)
                + " (System.exit or Runtime.halt?)";
    }

    private static long seconds(Duration limit) {
        return Math.max(1, Math.round(limit.toMillis() / 1000.0));
    }

    private static void awaitQuietly(Future<?> call) {
        try {
            call.get(10, TimeUnit.SECONDS);
        } catch (Exception stuck) {
            call.cancel(true);
        }
    }

    private void kill() {
        ExecutionVm vm = engine.vm();
        if (vm != null) {
            vm.kill();
        }
    }

    @Override
    public synchronized void close() {
        if (caller.isShutdown()) {
            return;
        }
        dead = true;
        kill();
        caller.submit(shell::close);
        caller.shutdown();
    }
}
