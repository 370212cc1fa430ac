// What ■ does to the running cell: stop its code (again while it still compiles), by force after 5 s; never later.
package org.nnworkbook.kernel;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The cell thread says when a cell {@link #begin begins}, which session its code
 * {@link #runsIn runs in} and when its code has {@link #end ended}; the control thread calls
 * {@link #interrupt}. Every stop and the forced kill happen under one lock, and only while the cell
 * they were meant for is still between {@code begin} and {@code end}: a stop that came a moment
 * late would otherwise land in what the kernel evaluates next (its "is cell code still running?"
 * check, which then reads as yes, and the VM is restarted for nothing).
 */
final class CellStopper implements AutoCloseable {
    /** An interrupt that has not ended the cell by then stops it by force. */
    private static final long FORCE_AFTER_MS = 5_000;
    private static final long STOP_AGAIN_MS = 250;

    private final Runnable onInterrupt;
    private final ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "interrupt-watchdog");
        thread.setDaemon(true);
        return thread;
    });
    private final Object lock = new Object();
    /** The cell whose code may run now, or -1; guarded by {@link #lock}. */
    private int cell = -1;
    /** Where that cell's code runs; null while it waits for a VM. Guarded by {@link #lock}. */
    private ShellSession session;
    private volatile boolean interrupted;

    /** {@code onInterrupt} runs on the control thread first, for each ■ that finds a cell running. */
    CellStopper(Runnable onInterrupt) {
        this.onInterrupt = onInterrupt;
    }

    /** Cell {@code number} starts (it may still wait for the VM: ■ then only sets {@link #interrupted}). */
    void begin(int number) {
        synchronized (lock) {
            interrupted = false;
            cell = number;
            session = null;
        }
    }

    /** The cell's code runs in {@code running} from now on. */
    void runsIn(ShellSession running) {
        synchronized (lock) {
            session = running;
        }
    }

    /** Whether ■ was pressed since the cell began. */
    boolean interrupted() {
        return interrupted;
    }

    /**
     * The cell's code has ended: when this returns, no stop and no kill meant for it can reach the
     * VM any more (one under way is waited for), so the kernel may evaluate its own snippets.
     */
    void end() {
        synchronized (lock) {
            cell = -1;
            session = null;
        }
    }

    /** Called from the control thread: stop the running cell, by force if it does not end. */
    void interrupt() {
        int number;
        ShellSession running;
        synchronized (lock) {
            number = cell;
            running = session;
            if (number < 0) {
                return;
            }
            interrupted = true;
        }
        onInterrupt.run();
        if (running == null) {
            return; // still waiting for the VM: the cell sees the flag before it runs anything
        }
        stop(running, number);
        // JShell's stop does nothing while a snippet is still compiling, so it is asked again until
        // the student's code runs and stops; a cell that has not ended by then is stopped by force.
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(FORCE_AFTER_MS);
        watchdog.schedule(() -> stopAgain(running, number, deadline), STOP_AGAIN_MS, TimeUnit.MILLISECONDS);
    }

    private void stopAgain(ShellSession running, int number, long deadline) {
        if (System.nanoTime() >= deadline) {
            synchronized (lock) {
                if (stillRunning(running, number)) {
                    running.kill();
                }
            }
            return;
        }
        if (stop(running, number)) {
            watchdog.schedule(() -> stopAgain(running, number, deadline), STOP_AGAIN_MS, TimeUnit.MILLISECONDS);
        }
    }

    /** Stops the cell's code if it still runs; false when the cell has ended. */
    private boolean stop(ShellSession running, int number) {
        synchronized (lock) {
            if (!stillRunning(running, number)) {
                return false;
            }
            running.stop();
            return true;
        }
    }

    private boolean stillRunning(ShellSession running, int number) {
        return cell == number && session == running;
    }

    @Override
    public void close() {
        watchdog.shutdownNow();
    }
}
