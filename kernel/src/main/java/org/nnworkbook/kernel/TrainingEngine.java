// The execution engine of the class-data sharing training run: the VM launched without JDI, so it may write an archive.
package org.nnworkbook.kernel;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import jdk.jshell.execution.StreamingExecutionControl;
import jdk.jshell.execution.Util;
import jdk.jshell.spi.ExecutionControl;
import jdk.jshell.spi.ExecutionControlProvider;
import jdk.jshell.spi.ExecutionEnv;
import org.nnworkbook.kernel.runtime.NoDelayAgent;

/**
 * The JVM refuses to write a class-data sharing archive while a JVMTI agent such as JDWP is loaded
 * ("CDS dumping does not support native JVMTI agent"), and the kernel's engine
 * ({@link NoDelayExecutionControl}) launches the VM through JDI. This one launches the same main
 * ({@link NoDelayAgent}, same handshake: port and secret on stdin) with a plain process and speaks
 * JShell's protocol over the socket ({@link StreamingExecutionControl}); it cannot stop a running
 * cell, which the training never needs. Used by {@link CdsTraining} only.
 */
final class TrainingEngine implements ExecutionControlProvider {
    private static final int TIMEOUT_MS = 60_000;

    @Override
    public String name() {
        return "cds-training";
    }

    @Override
    public ExecutionControl generate(ExecutionEnv env, Map<String, String> parameters) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(env.extraRemoteVMOptions());
        command.add(NoDelayAgent.class.getName());
        try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            listener.setSoTimeout(TIMEOUT_MS);
            Process process = new ProcessBuilder(command)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            try {
                byte[] secret = new byte[64];
                new SecureRandom().nextBytes(secret);
                OutputStream agentStdin = process.getOutputStream();
                agentStdin.write((listener.getLocalPort() + "\n" + Base64.getEncoder().encodeToString(secret) + "\n")
                        .getBytes(StandardCharsets.US_ASCII));
                agentStdin.flush();
                Socket socket = listener.accept();
                OutputStream out = socket.getOutputStream();
                InputStream in = socket.getInputStream();
                if (!Arrays.equals(secret, in.readNBytes(secret.length))) {
                    throw new IOException("the execution VM did not answer with the launch secret");
                }
                process.onExit().thenRun(env::closeDown);
                return Util.remoteInputOutput(in, out, Map.of("out", env.userOut(), "err", env.userErr()),
                        Map.of("in", env.userIn()), (answers, commands) -> new StreamingExecutionControl(commands, answers));
            } catch (IOException | RuntimeException e) {
                process.destroyForcibly();
                throw e;
            }
        }
    }
}
