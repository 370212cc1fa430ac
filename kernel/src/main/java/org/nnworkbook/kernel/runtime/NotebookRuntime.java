// What the kernel calls inside the execution VM: start-up, and rendering a cell's value.
package org.nnworkbook.kernel.runtime;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
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
     * Creates the VM's kernel object, installs the extensions, reports this VM's pid, and buffers
     * the VM's output (see {@link BufferedOutput}; System.in flushes it before each read). The
     * kernel keeps the returned object in a JShell variable and reads it after each cell: reading
     * it flushes the output.
     */
    public static synchronized BufferedOutput start() {
        BufferedOutput output = BufferedOutput.install();
        PrintStream channel = System.out;
        SideChannel.sendPid(channel, ProcessHandle.current().pid());
        System.setIn(new LineInput(System.in));
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
        return output;
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

    /**
     * System.in as JShell forwards it: each read asks the kernel for a byte, and the kernel asks
     * the student for a line when one is wanted. JShell's forwarding sometimes asks for a byte
     * before the code needs it, so at the start of each line this stream tells the kernel that a
     * line is really wanted (a side-channel record, which arrives before the request), and drops
     * the {@link SideChannel#NOT_A_BYTE} the kernel answers a request ahead of time with (which also
     * says the kernel has no line left, so the next read asks again). It flushes
     * the buffered System.out first, so a prompt printed with {@code print} shows above the box
     * the student types into.
     */
    private static final class LineInput extends FilterInputStream {
        private boolean atLineStart = true;

        LineInput(InputStream forwarded) {
            super(forwarded);
        }

        @Override
        public synchronized int read() throws IOException {
            while (true) {
                if (atLineStart) {
                    System.err.flush();
                    SideChannel.sendInputWanted(System.out);
                    System.out.flush();
                }
                int read = super.read();
                if (read != SideChannel.NOT_A_BYTE) {
                    atLineStart = read == '\n';
                    return read;
                }
                // The kernel holds no typed line (it drops what an earlier cell left unread, say
                // after System.in.read() took one character): the next read asks for a new one.
                atLineStart = true;
            }
        }

        /** One byte at a time, as JShell's stream gives them anyway. */
        @Override
        public int read(byte[] into, int offset, int length) throws IOException {
            if (length == 0) {
                return 0;
            }
            int read = read();
            if (read == -1) {
                return -1;
            }
            into[offset] = (byte) read;
            return 1;
        }

        @Override
        public int available() {
            return 0;
        }
    }
}
