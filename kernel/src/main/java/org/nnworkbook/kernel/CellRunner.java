// Runs a cell snippet by snippet in the session's VM and says what a student should see.
package org.nnworkbook.kernel;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jdk.jshell.DeclarationSnippet;
import jdk.jshell.EvalException;
import jdk.jshell.ExpressionSnippet;
import jdk.jshell.JShell;
import jdk.jshell.MethodSnippet;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.UnresolvedReferenceException;
import jdk.jshell.VarSnippet;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.nnworkbook.kernel.ErrorText.StudentError;
import org.nnworkbook.kernel.runtime.SideChannel;
import org.nnworkbook.shell.CellSnippets;
import org.nnworkbook.shell.MissingNames;

/**
 * Owns the {@link ShellSession} and replaces it when its VM dies (System.exit, a crash, a
 * forced stop), starting the next one in the background so the student's next cell finds it
 * ready. Interrupts come from another thread ({@link #interrupt()}).
 */
final class CellRunner implements AutoCloseable {
    /** What a cell produced besides its streamed output: its value or its error (or neither). */
    record Outcome(DisplayData value, StudentError error) {
    }

    /** Where a cell's output goes, in order (the kernel publishes it to Jupyter). */
    interface Publisher {
        void stream(String name, String text);

        void display(DisplayData data);

        void updateDisplay(DisplayData data);

        /**
         * A line the student types for System.in (input_request), without its newline; null once
         * {@code giveUp} turns true (■).
         *
         * @throws IOException when the client allows no input (nbclient, say)
         */
        String input(BooleanSupplier giveUp) throws IOException;
    }

    private static final Set<String> PLAIN_TYPES = Set.of("boolean", "byte", "char", "short", "int", "long", "float",
            "double", "String", "Boolean", "Byte", "Character", "Short", "Integer", "Long", "Float", "Double",
            "java.lang.String", "java.lang.Integer", "java.lang.Double", "java.lang.Long", "java.lang.Boolean");
    /** Values that are a by-product, such as the stream printf returns, show nothing. */
    private static final Set<String> SILENT_TYPES = Set.of("PrintStream", "java.io.PrintStream", "PrintWriter",
            "java.io.PrintWriter", "Formatter", "java.util.Formatter");
    private static final Pattern EXIT_CALL = Pattern.compile("System\\s*\\.\\s*exit\\s*\\(\\s*(-?\\d+)\\s*\\)");
    private static final String RENDER = "org.nnworkbook.kernel.runtime.NotebookRuntime.result(%s);";
    private static final String STILL_RUNNING = "org.nnworkbook.kernel.runtime.NotebookRuntime.studentThreadsRunning()";

    private final String classpath;
    private final CellOutput output = new CellOutput();
    private final CellInput input = new CellInput();
    private final SnippetOrigins origins = new SnippetOrigins();
    private final List<String> imports = new ArrayList<>();
    /** ■ ends a question the cell is asking too. */
    private final CellStopper stopper = new CellStopper(input::cancel);
    private volatile CompletableFuture<ShellSession> next;
    private volatile ShellSession session;

    CellRunner(String classpath) {
        this.classpath = classpath;
        startInBackground();
    }

    private void startInBackground() {
        List<String> replay = List.copyOf(imports);
        next = CompletableFuture.supplyAsync(() -> ShellSession.start(classpath, output, input, replay));
        next.thenAcceptAsync(ShellSession::warmUp);
    }

    /** The session's JShell when it is up (completion must not wait for a VM to start). */
    java.util.Optional<JShell> readyShell() {
        ShellSession current = session;
        if (current == null && next.isDone() && !next.isCompletedExceptionally()) {
            current = next.join();
        }
        if (current == null) {
            return java.util.Optional.empty();
        }
        current.claim(); // JShell is not thread-safe: the warm-up stops first
        return java.util.Optional.of(current.shell());
    }

    private ShellSession session() throws StartFailed {
        if (session == null) {
            try {
                session = next.get();
            } catch (ExecutionException e) {
                startInBackground(); // the next cell tries again
                throw new StartFailed(e.getCause().getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new StartFailed("the kernel was interrupted while starting it");
            }
        }
        return session;
    }

    /** Runs one cell; its output has gone to {@code publisher} when this returns. */
    Outcome run(String code, int cell, Publisher publisher) {
        // The cell counts as running while it waits for the VM too: ■ pressed then still stops it.
        stopper.begin(cell);
        ShellSession current;
        try {
            current = session();
        } catch (StartFailed e) {
            stopper.end();
            return new Outcome(null, StudentError.of("KernelError", StudentMessages.vmDidNotStart(e.getMessage())));
        }
        current.claim();
        stopper.runsIn(current);
        if (stopper.interrupted()) {
            stopper.end();
            return INTERRUPTED;
        }
        CellSink sink = new CellSink(publisher, input);
        output.startCell(sink);
        input.startCell(giveUp -> askStudent(publisher, giveUp));
        try {
            return runSnippets(current, code, cell, sink);
        } finally {
            stopper.end();
            input.endCell();
            current.afterCell();
            output.endCell();
        }
    }

    /** What the cell printed goes out first (a prompt); a client without input gets the reason printed. */
    private String askStudent(Publisher publisher, BooleanSupplier giveUp) throws IOException {
        output.flush();
        try {
            return publisher.input(giveUp);
        } catch (IOException noInput) {
            publisher.stream("stderr", "(" + noInput.getMessage() + ")\n");
            throw noInput;
        }
    }

    private Outcome runSnippets(ShellSession current, String code, int cell, CellSink sink) {
        JShell shell = current.shell();
        String[] cellLines = code.split("\n", -1);
        SnippetEvent last = null;
        for (CellSnippets.Snippet snippet : CellSnippets.split(shell.sourceCodeAnalysis(), code)) {
            if (stopper.interrupted()) {
                return INTERRUPTED;
            }
            List<SnippetEvent> events;
            try {
                events = shell.eval(snippet.source());
            } catch (IllegalStateException vmGone) {
                return vmEnded(current, code, sink);
            }
            if (stopper.interrupted()) {
                stopper.end(); // the cell's code has ended: no stop may hit the check below
                return afterInterrupt(current);
            }
            if (!current.isAlive()) {
                return vmEnded(current, code, sink);
            }
            SnippetOrigins.Origin origin = new SnippetOrigins.Origin(cell, snippet.line(), cellLines);
            for (SnippetEvent event : events) {
                if (event.causeSnippet() != null) {
                    continue; // a snippet that depends on this one, updated as a side effect
                }
                origins.remember(event.snippet().id(), origin);
                StudentError error = errorOf(event, snippet.source(), origin, cell, shell, sink);
                if (error == VM_ENDED) {
                    return vmEnded(current, code, sink);
                }
                if (error != null) {
                    return new Outcome(null, error);
                }
                last = event;
            }
        }
        return new Outcome(valueOf(last, shell, sink), null);
    }

    /** A cell stopped by ■ before or while its code ran, with everything defined before kept. */
    private static final Outcome INTERRUPTED =
            new Outcome(null, StudentError.of("Interrupted", StudentMessages.INTERRUPTED));

    /** Marks "the VM is gone" among the errors of one snippet. */
    private static final StudentError VM_ENDED = StudentError.of("VmEnded", "");

    private StudentError errorOf(SnippetEvent event, String source, SnippetOrigins.Origin origin, int cell, JShell shell,
                                 CellSink sink) {
        Snippet snippet = event.snippet();
        switch (event.status()) {
            case REJECTED:
                return ErrorText.compileError(shell.diagnostics(snippet).toList(), source, origin,
                        MissingNames.importsFrom(shell.sourceCodeAnalysis()));
            case RECOVERABLE_DEFINED, RECOVERABLE_NOT_DEFINED:
                sink.publisher.stream("stderr", MissingNames.sentence(describe(event) + ", but it",
                        shell.unresolvedDependencies((DeclarationSnippet) snippet).toList(),
                        MissingNames.importsFrom(shell.sourceCodeAnalysis())) + "\n");
                return null;
            default:
                break;
        }
        if (event.status() == Snippet.Status.VALID && snippet.kind() == Snippet.Kind.IMPORT) {
            imports.add(snippet.source());
        }
        if (event.exception() instanceof EvalException thrown) {
            String type = thrown.getExceptionClassName();
            String hint = type.equals("java.lang.OutOfMemoryError") ? StudentMessages.outOfMemoryHint()
                    : type.equals("java.lang.StackOverflowError") ? StudentMessages.stackOverflowHint()
                    : brokenScanner(thrown) ? StudentMessages.brokenScannerHint() : null;
            return ErrorText.runtimeError(thrown, origins, cell, hint);
        }
        if (event.exception() instanceof UnresolvedReferenceException unresolved) {
            DeclarationSnippet declaration = unresolved.getSnippet();
            return StudentError.of("UnresolvedReference", MissingNames.sentence(nameOf(declaration),
                    shell.unresolvedDependencies(declaration).toList(), MissingNames.importsFrom(shell.sourceCodeAnalysis())));
        }
        return event.exception() != null ? VM_ENDED : null;
    }

    /**
     * A Scanner whose read ■ stopped keeps its buffer half updated (the JDK does not restore it), and
     * every later read on it fails inside Scanner with an IndexOutOfBoundsException.
     */
    private static boolean brokenScanner(EvalException thrown) {
        return thrown.getExceptionClassName().equals("java.lang.IndexOutOfBoundsException")
                && java.util.Arrays.stream(thrown.getStackTrace()).anyMatch(f -> f.getClassName().equals("java.util.Scanner"));
    }

    /** {@code created method l1Loss(double[])}, as the jshell tool says it. */
    private static String describe(SnippetEvent event) {
        boolean existed = event.previousStatus() != Snippet.Status.NONEXISTENT;
        return (existed ? "replaced " : "created ") + nameOf((DeclarationSnippet) event.snippet());
    }

    private static String nameOf(DeclarationSnippet declaration) {
        String kind = switch (declaration.kind()) {
            case METHOD -> "method";
            case TYPE_DECL -> "class";
            case VAR -> "variable";
            default -> "definition";
        };
        String parameters = declaration instanceof MethodSnippet method ? "(" + method.parameterTypes() + ")" : "";
        return kind + " " + declaration.name() + parameters;
    }

    /** The cell's value: JShell's text for numbers, strings and arrays; the VM's Renderer for objects. */
    private DisplayData valueOf(SnippetEvent last, JShell shell, CellSink sink) {
        if (last == null || last.value() == null) {
            return null;
        }
        String name;
        String type;
        if (last.snippet() instanceof VarSnippet variable
                && variable.subKind() == Snippet.SubKind.TEMP_VAR_EXPRESSION_SUBKIND) {
            name = variable.name();
            type = variable.typeName();
        } else if (last.snippet() instanceof ExpressionSnippet expression) {
            name = expression.name();
            type = expression.typeName();
        } else {
            return null; // declarations and statements show nothing, as in the IJava kernels
        }
        if (SILENT_TYPES.contains(type)) {
            return null;
        }
        if (PLAIN_TYPES.contains(type) || type.endsWith("]") || last.value().equals("null")) {
            return new DisplayData(last.value());
        }
        shell.eval(String.format(RENDER, name));
        return sink.result != null ? sink.result : new DisplayData(last.value());
    }

    /**
     * JShell's stop ends the cell's own thread; a thread the cell started keeps going, so the VM
     * is asked whether any thread still runs cell code. (Its CPU time cannot tell: on a loaded
     * machine a spinning thread got 30 ms of CPU in 300 ms here.)
     */
    private Outcome afterInterrupt(ShellSession current) {
        boolean quiet = false;
        if (current.isAlive()) {
            try {
                List<SnippetEvent> events = current.shell().eval(STILL_RUNNING);
                quiet = events.size() == 1 && "0".equals(events.get(0).value());
            } catch (IllegalStateException vmGone) {
                quiet = false;
            }
        }
        if (quiet) {
            return INTERRUPTED;
        }
        restart(current);
        return new Outcome(null, new StudentError("Interrupted", StudentMessages.STILL_RUNNING,
                List.of(StudentMessages.STILL_RUNNING, StudentMessages.RESTARTED)));
    }

    private Outcome vmEnded(ShellSession current, String code, CellSink sink) {
        awaitEnd(current);
        String what;
        if (sink.exiting) {
            Matcher call = EXIT_CALL.matcher(code);
            List<String> codes = new ArrayList<>();
            while (call.find()) {
                codes.add(call.group(1));
            }
            what = codes.stream().distinct().count() == 1 ? StudentMessages.exited(Integer.parseInt(codes.get(0)))
                    : StudentMessages.exitedUnknownCode();
        } else {
            what = StudentMessages.vmGone(sink.outOfMemory ? "memory" : sink.outOfThreads ? "threads" : "sudden");
        }
        restart(current);
        return new Outcome(null, new StudentError("VmRestarted", what, List.of(what, StudentMessages.RESTARTED)));
    }

    /** JShell learns of a dead VM a moment after the eval fails: give the process time to go. */
    private static void awaitEnd(ShellSession current) {
        current.process().ifPresent(process -> {
            try {
                process.onExit().get(2, TimeUnit.SECONDS);
            } catch (Exception stillThere) {
                process.destroyForcibly();
            }
        });
    }

    private void restart(ShellSession old) {
        origins.clear();
        session = null;
        old.close();
        startInBackground();
    }

    /** Called from the control thread: stop the running cell, by force if it does not end. */
    void interrupt() {
        stopper.interrupt();
    }

    @Override
    public void close() {
        stopper.close();
        output.close();
        if (session != null) {
            session.close();
        } else {
            next.thenAccept(ShellSession::close);
        }
    }

    /** The VM could not be started; the message says why. */
    static final class StartFailed extends Exception {
        StartFailed(String message) {
            super(message);
        }
    }

    /** Routes a cell's records and text, and notices what a dying VM printed. */
    private static final class CellSink implements CellOutput.Sink {
        final Publisher publisher;
        final CellInput input;
        volatile DisplayData result;
        volatile boolean exiting;
        volatile boolean outOfMemory;
        volatile boolean outOfThreads;

        CellSink(Publisher publisher, CellInput input) {
            this.publisher = publisher;
            this.input = input;
        }

        @Override
        public void text(String stream, String text) {
            outOfMemory |= text.contains("OutOfMemoryError");
            outOfThreads |= text.contains("unable to create native thread");
            publisher.stream(stream, text);
        }

        @Override
        public void record(String kind, String json) {
            switch (kind) {
                case SideChannel.DISPLAY ->
                        publisher.display(SideChannel.bundle(json));
                case SideChannel.UPDATE ->
                        publisher.updateDisplay(SideChannel.bundle(json));
                case SideChannel.RESULT ->
                        result = SideChannel.bundle(json);
                case SideChannel.EXITING -> exiting = true;
                case SideChannel.LIMIT -> outOfThreads = true;
                case SideChannel.INPUT_WANTED -> input.lineWanted();
                default -> { }
            }
        }
    }
}
