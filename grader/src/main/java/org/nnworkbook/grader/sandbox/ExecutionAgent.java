// The main class of the execution VM: JShell's remote agent, talking to the grader over stdin/stdout.
package org.nnworkbook.grader.sandbox;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import jdk.jshell.execution.RemoteExecutionControl;
import jdk.jshell.execution.Util;

/**
 * Like {@code RemoteExecutionControl.main}, but over the process's own pipes instead of a TCP
 * socket, because the sandbox has no network at all. System.out and System.err become channels
 * multiplexed on stdout. This class is copied alone into the sandbox: it must stay one class file
 * that needs nothing but the JDK.
 */
public final class ExecutionAgent {
    private ExecutionAgent() {
    }

    public static void main(String[] args) throws Exception {
        InputStream commands = new FileInputStream(FileDescriptor.in);
        OutputStream results = new FileOutputStream(FileDescriptor.out);
        Map<String, Consumer<OutputStream>> outputs = new HashMap<>();
        outputs.put("out", st -> System.setOut(new PrintStream(st, true, StandardCharsets.UTF_8)));
        outputs.put("err", st -> System.setErr(new PrintStream(st, true, StandardCharsets.UTF_8)));
        Map<String, Consumer<InputStream>> inputs = new HashMap<>();
        inputs.put("in", System::setIn);
        Util.forwardExecutionControlAndIO(new RemoteExecutionControl(), commands, results, outputs, inputs);
    }
}
