// JShell's JDI execution engine with TCP_NODELAY on the kernel's end of its socket: `1 + 1` without delayed ACKs.
package org.nnworkbook.kernel;

import com.sun.jdi.BooleanValue;
import com.sun.jdi.Field;
import com.sun.jdi.ObjectReference;
import com.sun.jdi.StackFrame;
import com.sun.jdi.ThreadReference;
import com.sun.jdi.VMDisconnectedException;
import com.sun.jdi.VirtualMachine;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInput;
import java.io.ObjectOutput;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import jdk.jshell.execution.JdiExecutionControl;
import jdk.jshell.execution.JdiInitiator;
import jdk.jshell.execution.Util;
import jdk.jshell.spi.ExecutionControl;
import jdk.jshell.spi.ExecutionControlProvider;
import jdk.jshell.spi.ExecutionEnv;
import org.nnworkbook.kernel.runtime.NoDelayAgent;

/**
 * What JShell's default engine ({@code JdiDefaultExecutionControl}) does, built on the public
 * {@code jdk.jshell.execution} API, with one change: the socket the kernel accepts from the VM has
 * {@code setTcpNoDelay(true)}. JShell's protocol writes each command and answer as several small
 * packets; with Nagle's algorithm on at either end each of them waited for a delayed ACK (~40 ms),
 * and the JDK's engine accepts its socket where nothing can reach it. The VM's end is
 * {@link NoDelayAgent}.
 *
 * <p>Launch: JDI starts the VM with port -1, then the port and a random secret go to the VM's
 * stdin and the VM sends the secret back first (the JDK 17 engine's handshake, so one path serves
 * JDK 17 and JDK 25).
 */
final class NoDelayExecutionControl extends JdiExecutionControl {
    /** For VM launch and the socket handshake; generous, as a loaded machine starts a JVM slowly. */
    private static final int TIMEOUT_MS = 20_000;
    private static final String AGENT = NoDelayAgent.class.getName();

    /** Hands JShell this engine: {@code JShell.builder().executionEngine(new Provider(), Map.of())}. */
    static final class Provider implements ExecutionControlProvider {
        @Override
        public String name() {
            return "nodelay";
        }

        @Override
        public ExecutionControl generate(ExecutionEnv env, Map<String, String> parameters) throws IOException {
            return launch(env);
        }
    }

    private final Object stopLock = new Object();
    private final Process process;
    private VirtualMachine vm;
    private boolean userCodeRunning;

    private NoDelayExecutionControl(ObjectOutput commands, ObjectInput answers, VirtualMachine vm, Process process) {
        super(commands, answers);
        this.vm = vm;
        this.process = process;
    }

    private static ExecutionControl launch(ExecutionEnv env) throws IOException {
        try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            listener.setSoTimeout(TIMEOUT_MS);
            JdiInitiator jdi = new JdiInitiator(-1, env.extraRemoteVMOptions(), AGENT, false, null, TIMEOUT_MS, Map.of());
            Process process = jdi.process();
            try {
                byte[] secret = new byte[64];
                new SecureRandom().nextBytes(secret);
                OutputStream agentStdin = process.getOutputStream();
                agentStdin.write((listener.getLocalPort() + "\n" + Base64.getEncoder().encodeToString(secret) + "\n")
                        .getBytes(StandardCharsets.US_ASCII));
                agentStdin.flush();
                CompletableFuture<String> vmEnded = new CompletableFuture<>();
                Util.detectJdiExitEvent(jdi.vm(), vmEnded::complete);
                process.onExit().thenRun(() -> vmEnded.complete("the execution VM ended"));

                Socket socket = listener.accept();
                socket.setTcpNoDelay(true);
                OutputStream out = socket.getOutputStream(); // out before in, as the VM creates them
                InputStream in = socket.getInputStream();
                socket.setSoTimeout(TIMEOUT_MS);
                if (!Arrays.equals(secret, in.readNBytes(secret.length))) {
                    throw new IOException("the execution VM did not answer with the launch secret");
                }
                socket.setSoTimeout(0);
                ExecutionControl control = Util.remoteInputOutput(in, out,
                        Map.of("out", env.userOut(), "err", env.userErr()), Map.of("in", env.userIn()),
                        (answers, commands) -> new NoDelayExecutionControl(commands, answers, jdi.vm(), process));
                vmEnded.thenRun(() -> {
                    env.closeDown();
                    ((NoDelayExecutionControl) control).disposeVm();
                });
                return control;
            } catch (IOException | RuntimeException e) {
                process.destroyForcibly();
                throw e;
            }
        }
    }

    @Override
    public String invoke(String className, String methodName)
            throws RunException, EngineTerminationException, InternalException {
        synchronized (stopLock) {
            userCodeRunning = true;
        }
        try {
            return super.invoke(className, methodName);
        } finally {
            synchronized (stopLock) {
                userCodeRunning = false;
            }
        }
    }

    /**
     * What the JDK's {@code JdiDefaultExecutionControl.stop()} does (JDK 17 and 25 alike; a
     * subclass cannot reuse it): suspend the VM, find the thread inside the agent's {@code invoke}
     * or {@code varValue}, and throw the agent's {@code stopException} into it, so the cell ends
     * and JShell reports it stopped while every earlier definition stays.
     *
     * <p>Unlike the JDK's, it throws only while the student's code is on that thread's stack, and
     * before the VM resumes, so the exception lands where the thread was seen. The JDK's resumes
     * first and throws into whatever the thread runs a moment later: when the code had just ended
     * (■ as the answer to a System.in read arrived) or was ending from an earlier stop (■ during
     * a read stops the cell, and JShell stops it again when the given-up read throws), the
     * exception hit the agent's own code after the cell, or stayed pending until the kernel's next
     * snippet: the cell then looked as if it kept running, and the VM was restarted for nothing.
     */
    @Override
    public void stop() throws EngineTerminationException, InternalException {
        synchronized (stopLock) {
            if (!userCodeRunning) {
                return;
            }
            VirtualMachine machine = vm();
            machine.suspend();
            try {
                for (ThreadReference thread : machine.allThreads()) {
                    List<StackFrame> frames = thread.frames();
                    int agentFrame = agentFrame(frames);
                    if (agentFrame >= 0) {
                        ObjectReference agent = frames.get(agentFrame).thisObject();
                        Field inClientCode = agent.referenceType().fieldByName("inClientCode");
                        if (((BooleanValue) agent.getValue(inClientCode)).value()
                                && runsCellCode(frames.subList(0, agentFrame))) {
                            thread.stop((ObjectReference) agent.getValue(agent.referenceType().fieldByName("stopException")));
                        }
                        return;
                    }
                }
            } catch (com.sun.jdi.IncompatibleThreadStateException | com.sun.jdi.InvalidTypeException e) {
                throw new InternalException("could not stop the cell: " + e);
            } finally {
                machine.resume();
            }
        }
    }

    /** Where the agent's {@code invoke} or {@code varValue} is on this stack (top first), or -1. */
    private static int agentFrame(List<StackFrame> frames) {
        for (int i = 0; i < frames.size(); i++) {
            String method = frames.get(i).location().method().name();
            if (AGENT.equals(frames.get(i).location().declaringType().name())
                    && (method.equals("invoke") || method.equals("varValue"))) {
                return i;
            }
        }
        return -1;
    }

    /** Whether a cell's code is among these frames: JShell compiles cells into classes of package REPL. */
    private static boolean runsCellCode(List<StackFrame> frames) {
        return frames.stream().anyMatch(frame -> frame.location().declaringType().name().startsWith("REPL."));
    }

    @Override
    public void close() {
        super.close();
        disposeVm();
    }

    private synchronized void disposeVm() {
        try {
            if (vm != null) {
                vm.dispose();
            }
        } catch (VMDisconnectedException alreadyGone) {
            // the VM ended first: nothing to dispose
        } finally {
            vm = null;
            process.destroy();
        }
    }

    @Override
    protected synchronized VirtualMachine vm() throws EngineTerminationException {
        if (vm == null) {
            throw new EngineTerminationException("the execution VM has ended");
        }
        return vm;
    }
}
