// A real jjava-jupyter kernel for tests: cells are Java suppliers, and every message it would send is recorded.
package org.nnworkbook.plot.jupyter;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.dflib.jjava.jupyter.channels.JupyterSocket;
import org.dflib.jjava.jupyter.channels.ShellChannel;
import org.dflib.jjava.jupyter.channels.ShellReplyEnvironment;
import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.dflib.jjava.jupyter.kernel.JupyterIO;
import org.dflib.jjava.jupyter.kernel.LanguageInfo;
import org.dflib.jjava.jupyter.kernel.ReplacementOptions;
import org.dflib.jjava.jupyter.kernel.comm.CommManager;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.dflib.jjava.jupyter.kernel.display.Renderer;
import org.dflib.jjava.jupyter.kernel.magic.MagicsRegistry;
import org.dflib.jjava.jupyter.kernel.util.StringStyler;
import org.dflib.jjava.jupyter.messages.HMACGenerator;
import org.dflib.jjava.jupyter.messages.Header;
import org.dflib.jjava.jupyter.messages.Message;
import org.dflib.jjava.jupyter.messages.MessageType;
import org.dflib.jjava.jupyter.messages.request.ExecuteRequest;
import org.slf4j.LoggerFactory;
import org.zeromq.SocketType;
import org.zeromq.ZMQ;

/**
 * The smallest kernel on jjava-jupyter's {@link BaseKernel}: its own {@code Renderer}, {@code JupyterIO} and
 * extension loading ({@link #onStartup()} installs every extension that {@code ServiceLoader} finds on the test
 * classpath, as JJava does), and {@link #execute} runs a "cell" through BaseKernel's own execute_request handler.
 * Instead of ZeroMQ frames, the IOPub and shell sockets keep the messages the kernel sends, in order: display_data,
 * update_display_data, execute_result, stream, status.
 */
final class TestKernel extends BaseKernel implements AutoCloseable {
    private final Map<String, Supplier<Object>> cells = new HashMap<>();
    private final ZMQ.Context zmq = ZMQ.context(1);
    private int cellCount;

    TestKernel() {
        super("test", "1", new LanguageInfo.Builder("java").build(), List.of(), null,
                new JupyterIO(StandardCharsets.UTF_8), new CommManager(), new Renderer(), null, new MagicsRegistry(),
                true, new StringStyler.Builder().build());
    }

    /** Runs {@code cell} as a notebook cell (its result is the cell's value) and returns what the kernel published. */
    List<Message<?>> execute(Supplier<Object> cell) {
        String code = "cell " + ++cellCount;
        cells.put(code, cell);
        Message<ExecuteRequest> request = new Message<>(new Header<>(MessageType.EXECUTE_REQUEST),
                new ExecuteRequest(code, false, true, Map.of(), false, true));
        Recording iopub = new Recording(zmq);
        SilentShell shell = new SilentShell(zmq);
        try {
            CellEnvironment env = new CellEnvironment(shell, iopub, request);
            handleExecuteRequest(env, request);
            env.resolveDeferrals();                  // what jjava's shell loop does after each request
            return iopub.sent;
        } finally {
            iopub.close();
            shell.close();
        }
    }

    /** The published messages whose content is of {@code type} (e.g. PublishDisplayData), in order. */
    static <T> List<T> contents(List<Message<?>> messages, Class<T> type) {
        List<T> found = new ArrayList<>();
        for (Message<?> m : messages) {
            if (type.isInstance(m.getContent())) {
                found.add(type.cast(m.getContent()));
            }
        }
        return found;
    }

    @Override
    public Object evalRaw(String source) {
        return cells.get(source).get();
    }

    @Override
    public DisplayData inspect(String code, int at, boolean extraDetail) {
        return null;
    }

    @Override
    public ReplacementOptions complete(String code, int at) {
        return null;
    }

    @Override
    public String isComplete(String code) {
        return IS_COMPLETE_MAYBE;
    }

    @Override
    public void close() {
        onShutdown(false);
        zmq.close();
    }

    /** BaseKernel's reply environment for one request (its constructor is protected). */
    private static final class CellEnvironment extends ShellReplyEnvironment {
        CellEnvironment(ShellChannel shell, JupyterSocket iopub, Message<?> request) {
            super(shell, null, iopub, request);
        }
    }

    /** An IOPub socket that keeps what is sent instead of sending it. */
    private static final class Recording extends JupyterSocket {
        final List<Message<?>> sent = new ArrayList<>();

        Recording(ZMQ.Context zmq) {
            super(zmq, SocketType.PUB, HMACGenerator.NO_AUTH_INSTANCE, LoggerFactory.getLogger("iopub"));
        }

        @Override
        public void bind(org.dflib.jjava.jupyter.kernel.KernelConnectionProperties properties) {
            throw new UnsupportedOperationException("a recording socket is never bound");
        }

        @Override
        public synchronized void sendMessage(Message<?> message) {
            sent.add(message);
        }
    }

    /** A shell socket that drops the replies (execute_reply): the tests read what was published. */
    private static final class SilentShell extends ShellChannel {
        SilentShell(ZMQ.Context zmq) {
            super(zmq, HMACGenerator.NO_AUTH_INSTANCE, false, null);
        }

        @Override
        public synchronized void sendMessage(Message<?> message) {
            // dropped
        }
    }
}
