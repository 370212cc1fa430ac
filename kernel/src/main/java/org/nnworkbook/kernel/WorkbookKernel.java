// The workbook's Jupyter kernel: jjava-jupyter speaks the protocol, CellRunner runs the Java.
package org.nnworkbook.kernel;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.dflib.jjava.jupyter.channels.JupyterConnection;
import org.dflib.jjava.jupyter.channels.ShellReplyEnvironment;
import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.dflib.jjava.jupyter.kernel.JupyterIO;
import org.dflib.jjava.jupyter.kernel.LanguageInfo;
import org.dflib.jjava.jupyter.kernel.ReplacementOptions;
import org.dflib.jjava.jupyter.kernel.comm.CommManager;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.dflib.jjava.jupyter.kernel.display.Renderer;
import org.dflib.jjava.jupyter.kernel.history.HistoryEntry;
import org.dflib.jjava.jupyter.kernel.history.HistoryManager;
import org.dflib.jjava.jupyter.kernel.util.StringStyler;
import org.dflib.jjava.jupyter.messages.Message;
import org.dflib.jjava.jupyter.messages.publish.PublishDisplayData;
import org.dflib.jjava.jupyter.messages.publish.PublishError;
import org.dflib.jjava.jupyter.messages.publish.PublishExecuteInput;
import org.dflib.jjava.jupyter.messages.publish.PublishExecuteResult;
import org.dflib.jjava.jupyter.messages.publish.PublishStream;
import org.dflib.jjava.jupyter.messages.publish.PublishUpdateDisplayData;
import org.dflib.jjava.jupyter.messages.reply.ErrorReply;
import org.dflib.jjava.jupyter.messages.reply.ExecuteReply;
import org.dflib.jjava.jupyter.messages.request.ExecuteRequest;
import org.nnworkbook.kernel.ErrorText.StudentError;
import org.nnworkbook.kernel.help.Completeness;
import org.nnworkbook.kernel.help.Completions;
import org.nnworkbook.kernel.help.Inspector;

/**
 * The kernel process's side of the protocol. Cells run in the execution VM (see {@link
 * CellRunner}); this class only turns a cell's outcome into Jupyter messages. The interrupt
 * request arrives on jjava's control thread while a cell runs on the shell thread.
 */
final class WorkbookKernel extends BaseKernel {
    /**
     * The kernel keeps no history, but it answers history requests (empty): without a manager jjava
     * sends neither a reply nor busy/idle, and JupyterLab then shows the kernel's status as "Unknown".
     */
    private static final HistoryManager NO_HISTORY = new HistoryManager() {
        @Override
        public List<HistoryEntry> lookupRange(int session, int start, int end, Set<ResultFlag> flags) {
            return List.of();
        }

        @Override
        public List<HistoryEntry> lookupTail(int length, Set<ResultFlag> flags) {
            return List.of();
        }

        @Override
        public List<HistoryEntry> search(String pattern, int length, Set<ResultFlag> flags) {
            return List.of();
        }
    };

    private final CellRunner runner;
    private volatile PromptConnection connection;
    private final Inspector inspector;

    WorkbookKernel(String classpath) {
        super("nn-workbook", "1.0", new LanguageInfo.Builder("java").version(Runtime.version().toString())
                        .mimetype("text/x-java-source").fileExtension(".jshell").pygments("java").codemirror("text/x-java")
                        .build(),
                List.of(), NO_HISTORY, new JupyterIO(java.nio.charset.StandardCharsets.UTF_8), new CommManager(),
                new Renderer(), null, null, false, new StringStyler.Builder().build());
        this.runner = new CellRunner(classpath);
        this.inspector = new Inspector(Inspector.sourcesBeside(
                Stream.of(classpath.split(File.pathSeparator)).map(Path::of).toList()));
    }

    @Override
    protected synchronized void handleExecuteRequest(ShellReplyEnvironment env, Message<ExecuteRequest> message) {
        ExecuteRequest request = message.getContent();
        int count = executionCount.getAndIncrement();
        env.setBusyDeferIdle();
        env.publish(new PublishExecuteInput(request.getCode(), count));
        CellRunner.Outcome outcome = runner.run(request.getCode(), count, publisherFor(env, message));
        StudentError error = outcome.error();
        if (error != null) {
            env.publish(new PublishError(error.name(), error.value(), error.lines()));
            ErrorReply reply = new ErrorReply(error.name(), error.value(), error.lines());
            reply.setExecutionCount(count);
            env.defer().replyError(ExecuteReply.MESSAGE_TYPE.error(), reply);
            return;
        }
        if (outcome.value() != null) {
            env.publish(new PublishExecuteResult(count, outcome.value()));
        }
        env.defer().reply(new ExecuteReply(count, Map.of()));
    }

    /** Keeps the connection: System.in asks through it (see {@link PromptConnection#input}). */
    @Override
    public void becomeHandlerForConnection(JupyterConnection jupyter) {
        super.becomeHandlerForConnection(jupyter);
        connection = jupyter instanceof PromptConnection prompt ? prompt : null;
    }

    private CellRunner.Publisher publisherFor(ShellReplyEnvironment env, Message<ExecuteRequest> request) {
        PromptConnection asking = request.getContent().isStdinEnabled() ? connection : null;
        return new CellRunner.Publisher() {
            @Override
            public String input(BooleanSupplier giveUp) throws IOException {
                if (asking == null) {
                    throw new IOException(StudentMessages.NO_INPUT);
                }
                return asking.input(request, "", giveUp);
            }

            @Override
            public void stream(String name, String text) {
                env.publish(new PublishStream(name.equals("stderr") ? PublishStream.StreamType.ERR
                        : PublishStream.StreamType.OUT, text));
            }

            @Override
            public void display(DisplayData data) {
                env.publish(new PublishDisplayData(data));
            }

            @Override
            public void updateDisplay(DisplayData data) {
                env.publish(new PublishUpdateDisplayData(data));
            }
        };
    }

    @Override
    public void interrupt() {
        runner.interrupt();
    }

    @Override
    public Object evalRaw(String source) {
        throw new UnsupportedOperationException("cells run through execute requests");
    }

    /** Shift-Tab: signatures and Javadoc (see the help package); null while the execution VM starts. */
    @Override
    public DisplayData inspect(String code, int at, boolean extraDetail) {
        return runner.readyShell().flatMap(shell -> inspector.inspect(shell, code, at, extraDetail)).map(help -> {
            DisplayData data = new DisplayData(help.plain());
            data.putMarkdown(help.markdown());
            return data;
        }).orElse(null);
    }

    @Override
    public ReplacementOptions complete(String code, int at) {
        return runner.readyShell().map(shell -> Completions.complete(shell, code, at))
                .map(c -> new ReplacementOptions(c.options(), c.start(), c.end())).orElse(null);
    }

    @Override
    public String isComplete(String code) {
        return runner.readyShell().map(shell -> Completeness.of(shell, code).asKernelAnswer()).orElse(IS_COMPLETE_MAYBE);
    }

    @Override
    public void onShutdown(boolean isRestarting) {
        runner.close();
    }
}
