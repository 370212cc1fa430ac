// JShell's remote agent with TCP_NODELAY on its socket: `1 + 1` took ~195 ms, now ~25 ms.
package org.nnworkbook.kernel.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.function.Consumer;
import jdk.jshell.execution.RemoteExecutionControl;
import jdk.jshell.execution.Util;

/**
 * The execution VM's main class (launched by the kernel's NoDelayExecutionControl). JDK's
 * {@link RemoteExecutionControl#main} connects back with Nagle's algorithm on, and each answer
 * leaves as several small packets, so every answer waited for the kernel's delayed ACK (~40 ms,
 * several times per snippet). This main does what the JDK 17 one does (JDK 25's takes the port as
 * its argument instead), with {@code setTcpNoDelay(true)}; both streams are UTF-8, as the kernel
 * reads them.
 *
 * <p>{@link #invoke(Method)} and {@link #varValue} only call the JDK's: the kernel's stop() looks
 * for a frame of these methods declared by this class, then reads the JDK's fields (inClientCode,
 * stopException) on that object, so a loop still stops.
 */
public final class NoDelayAgent extends RemoteExecutionControl {

    /**
     * The port the kernel listens on (loopback) and a Base64 secret arrive as two lines on stdin
     * ({@code args[0]} is -1), and the secret is sent back first.
     */
    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(readLine(System.in));
        byte[] secret = Base64.getDecoder().decode(readLine(System.in));
        Socket socket = new Socket(InetAddress.getLoopbackAddress(), port);
        socket.setTcpNoDelay(true);
        InputStream in = socket.getInputStream();
        OutputStream out = socket.getOutputStream();
        out.write(secret);
        out.flush();
        Map<String, Consumer<OutputStream>> outputs = Map.of(
                "out", stream -> System.setOut(new PrintStream(stream, true, StandardCharsets.UTF_8)),
                "err", stream -> System.setErr(new PrintStream(stream, true, StandardCharsets.UTF_8)));
        Map<String, Consumer<InputStream>> inputs = Map.of("in", System::setIn);
        Util.forwardExecutionControlAndIO(new NoDelayAgent(), in, out, outputs, inputs);
    }

    /** One line of ASCII, read byte by byte so nothing after it is consumed. */
    private static String readLine(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int read = in.read(); read != -1 && read != '\n'; read = in.read()) {
            line.append((char) read);
        }
        return line.toString().strip();
    }

    /**
     * The JDK's, with a backstop: the kernel throws a stop only into the cell's code, but the JVM
     * raises such an exception at the thread's next check; should that come only after the cell's
     * code, in the JDK's {@code finally}, the stop still counts as stopping the cell instead of
     * ending this agent's command loop, and with it every later cell.
     */
    @Override
    public String invoke(String className, String methodName)
            throws RunException, InternalException, EngineTerminationException {
        try {
            return super.invoke(className, methodName);
        } catch (ThreadDeath lateStop) {
            throw new StoppedException();
        }
    }

    @Override
    protected String invoke(Method doitMethod) throws Exception {
        return super.invoke(doitMethod);
    }

    @Override
    public String varValue(String className, String varName)
            throws RunException, EngineTerminationException, InternalException {
        return super.varValue(className, varName);
    }
}
