// Time, memory and output limits for one submission's execution VM, with documented defaults.
package org.nnworkbook.grader.sandbox;

import java.time.Duration;

/**
 * @param cellTimeout    wall-clock time one notebook cell may take (default 30 s: cells may train a small network)
 * @param testTimeout    wall-clock time one hidden test may take (default 10 s)
 * @param startupTimeout time for the execution VM to start and answer (default 30 s, generous for a loaded machine)
 * @param submissionTimeout wall-clock time for one whole submission, cells, tests and VM restarts together
 *                       (default 10 min: an honest notebook needs seconds to a few minutes; without this bound a
 *                       notebook of many cells each running just under the cell limit would take cells × 30 s)
 * @param heapMegabytes  Java heap of the execution VM (default 512 MB); its address space is capped a bit above
 * @param outputLimit    bytes of printed output kept per cell (default 64 KiB); the rest is counted and dropped
 * @param maxRestarts    times the VM is started again after a timeout or exit, per part of the notebook (an exercise's
 *                       cells, a grade cell's tests), before that part's remaining cells or tests give up (default 3)
 */
public record Limits(Duration cellTimeout, Duration testTimeout, Duration startupTimeout, Duration submissionTimeout,
                     int heapMegabytes, int outputLimit, int maxRestarts) {

    public static Limits defaults() {
        return new Limits(Duration.ofSeconds(30), Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofMinutes(10),
                512, 64 * 1024, 3);
    }

    public Limits withCellTimeout(Duration timeout) {
        return new Limits(timeout, testTimeout, startupTimeout, submissionTimeout, heapMegabytes, outputLimit, maxRestarts);
    }

    public Limits withTestTimeout(Duration timeout) {
        return new Limits(cellTimeout, timeout, startupTimeout, submissionTimeout, heapMegabytes, outputLimit, maxRestarts);
    }

    public Limits withStartupTimeout(Duration timeout) {
        return new Limits(cellTimeout, testTimeout, timeout, submissionTimeout, heapMegabytes, outputLimit, maxRestarts);
    }

    public Limits withSubmissionTimeout(Duration timeout) {
        return new Limits(cellTimeout, testTimeout, startupTimeout, timeout, heapMegabytes, outputLimit, maxRestarts);
    }

    public Limits withHeapMegabytes(int megabytes) {
        return new Limits(cellTimeout, testTimeout, startupTimeout, submissionTimeout, megabytes, outputLimit, maxRestarts);
    }

    /**
     * The address-space cap (ulimit -v) in KiB: the heap plus room for the JVM's own reservations
     * (code cache, metaspace, thread stacks). It is what stops a thread bomb at a few hundred threads.
     */
    public long addressSpaceKib() {
        return (heapMegabytes + 640L) * 1024;
    }
}
