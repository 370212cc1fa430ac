// Limits the execution VM keeps on itself: a bounded number of threads, and no life after the kernel.
package org.nnworkbook.kernel.runtime;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * A thread bomb would otherwise take every process slot of the machine (other programs, the
 * kernel) before the VM fails; and a VM whose kernel was killed would go on running the
 * student's threads. A daemon thread checks both every {@value #CHECK_MS} ms and halts the VM:
 * the kernel then reports why and starts a fresh one.
 */
final class Guards {
    /** Far above what any notebook needs (a thread pool per core), far below the machine's limits. */
    static final int MAX_THREADS = 1_000;
    private static final long CHECK_MS = 20;

    private Guards() {
    }

    static void start(PrintStream channel) {
        ProcessHandle kernel = ProcessHandle.current().parent().orElse(null);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Thread guard = new Thread(() -> watch(channel, kernel, threads), "nn-guards");
        guard.setDaemon(true);
        guard.setPriority(Thread.MAX_PRIORITY);
        guard.start();
    }

    private static void watch(PrintStream channel, ProcessHandle kernel, ThreadMXBean threads) {
        while (true) {
            try {
                Thread.sleep(CHECK_MS);
            } catch (InterruptedException e) {
                return;
            }
            if (threads.getThreadCount() > MAX_THREADS) {
                SideChannel.sendLimit(channel, "threads");
                Runtime.getRuntime().halt(70);
            }
            if (kernel != null && !kernel.isAlive()) {
                Runtime.getRuntime().halt(0);
            }
        }
    }
}
