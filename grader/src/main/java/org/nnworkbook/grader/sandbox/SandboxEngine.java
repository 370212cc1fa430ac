// A JShell execution engine whose remote side is an ExecutionAgent inside the sandbox.
package org.nnworkbook.grader.sandbox;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;
import jdk.jshell.execution.StreamingExecutionControl;
import jdk.jshell.execution.Util;
import jdk.jshell.spi.ExecutionControl;
import jdk.jshell.spi.ExecutionControlProvider;
import jdk.jshell.spi.ExecutionEnv;

/**
 * JShell compiles snippets here, in the grader, and sends class files over the VM's stdin; the
 * agent runs them and answers on stdout. JShell's own remote engine cannot be used: it connects
 * over JDI or a TCP socket, and the sandbox has no network. One engine serves one JShell; its
 * VM is reachable through {@link #vm()} so that a timeout can kill it.
 */
public final class SandboxEngine implements ExecutionControlProvider {
    private final Sandbox sandbox;
    private volatile ExecutionVm vm;

    public SandboxEngine(Sandbox sandbox) {
        this.sandbox = sandbox;
    }

    @Override
    public String name() {
        return "nn-workbook-sandbox";
    }

    @Override
    public ExecutionControl generate(ExecutionEnv env, Map<String, String> parameters) throws Throwable {
        ExecutionVm started = ExecutionVm.start(sandbox);
        vm = started;
        Map<String, OutputStream> outputs = Map.of("out", env.userOut(), "err", env.userErr());
        Map<String, InputStream> inputs = Map.of("in", env.userIn());
        return Util.remoteInputOutput(started.process().getInputStream(), started.process().getOutputStream(),
                outputs, inputs, (in, out) -> new StreamingExecutionControl(out, in) {
                    @Override
                    public void close() {
                        try {
                            super.close();
                        } finally {
                            started.kill();
                        }
                    }
                });
    }

    /** The VM, once JShell has asked for it. */
    public ExecutionVm vm() {
        return vm;
    }
}
