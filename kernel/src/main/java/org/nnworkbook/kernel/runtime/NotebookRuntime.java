// What the kernel calls inside the execution VM: start-up, and rendering a cell's value.
package org.nnworkbook.kernel.runtime;

import java.io.PrintStream;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;

/**
 * The kernel process evaluates {@code NotebookRuntime.start();} once after the VM starts and
 * {@code NotebookRuntime.result(value);} for a cell's last expression when it is an object (the
 * Renderer, and so a library's extension, decides how it looks). Both answer over the
 * {@link SideChannel}. Everything here runs in the execution VM, never in the kernel process.
 */
public final class NotebookRuntime {
    private static VmKernel kernel;

    private NotebookRuntime() {
    }

    /**
     * Creates the VM's kernel object, installs the extensions, reports this VM's pid, buffers the
     * VM's output (see {@link BufferedOutput}; System.in flushes it before each read) and puts
     * {@link LineInput} in front of System.in. The kernel keeps the returned object in a JShell
     * variable and reads it after each cell (see {@link AfterCell}).
     */
    public static synchronized AfterCell start() {
        BufferedOutput.install();
        PrintStream channel = System.out;
        SideChannel.sendPid(channel, ProcessHandle.current().pid());
        LineInput input = new LineInput(System.in);
        System.setIn(input);
        if (kernel == null) {
            // Runs on System.exit (not on Runtime.halt or a crash): lets the kernel say which it was.
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                System.err.flush();
                SideChannel.sendExiting(channel);
            }));
            Guards.start(channel);
            kernel = new VmKernel(channel);
            kernel.onStartup();
        }
        channel.flush();
        return new AfterCell(input);
    }

    /** Sends {@code value} as the cell's result, drawn by the Renderer. */
    public static void result(Object value) {
        DisplayData data;
        try {
            data = kernel.getRenderer().render(value);
        } catch (RuntimeException | LinkageError e) {
            System.err.println("(this value could not be drawn: " + e + "; here it is as text)");
            data = new DisplayData(String.valueOf(value));
        }
        SideChannel.send(System.out, SideChannel.RESULT, data);
    }

    /**
     * How many threads other than the caller are running (RUNNABLE) with a cell's code on their
     * stack (JShell compiles cells into classes of package {@code REPL}). After an interrupt, more
     * than zero means student code is still going: a thread the cell started, say.
     */
    public static int studentThreadsRunning() {
        Thread caller = Thread.currentThread();
        int running = 0;
        for (var entry : Thread.getAllStackTraces().entrySet()) {
            Thread thread = entry.getKey();
            if (thread != caller && thread.getState() == Thread.State.RUNNABLE && runsCellCode(entry.getValue())) {
                running++;
            }
        }
        return running;
    }

    private static boolean runsCellCode(StackTraceElement[] stack) {
        for (StackTraceElement frame : stack) {
            if (frame.getClassName().startsWith("REPL.")) {
                return true;
            }
        }
        return false;
    }
}
