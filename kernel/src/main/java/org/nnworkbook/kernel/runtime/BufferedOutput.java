// The execution VM's System.out and System.err, buffered, flushed every 50 ms and after each cell.
package org.nnworkbook.kernel.runtime;

import java.io.BufferedOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * JShell's agent gives the VM an autoflushing System.out: every println is a message over the
 * socket, and a cell printing 2,000,000 lines took about a minute. Buffered, the same cell takes
 * seconds. Output still appears live (a daemon thread flushes every {@value #FLUSH_MS} ms), and
 * nothing is left behind when a cell ends: the kernel reads {@link AfterCell}, which flushes.
 */
final class BufferedOutput {
    static final long FLUSH_MS = 50;
    private static final int BUFFER = 1 << 16;
    private static boolean installed;

    private BufferedOutput() {
    }

    static synchronized void install() {
        if (!installed) {
            System.setOut(buffered(System.out));
            System.setErr(buffered(System.err));
            Thread flusher = new Thread(BufferedOutput::flushForever, "nn-output-flush");
            flusher.setDaemon(true);
            flusher.start();
            installed = true;
        }
    }

    private static PrintStream buffered(PrintStream agentStream) {
        return new PrintStream(new BufferedOutputStream(agentStream, BUFFER), false, StandardCharsets.UTF_8);
    }

    private static void flushForever() {
        while (true) {
            try {
                Thread.sleep(FLUSH_MS);
            } catch (InterruptedException e) {
                return;
            }
            flushAll();
        }
    }

    static void flushAll() {
        System.out.flush();
        System.err.flush();
    }
}
