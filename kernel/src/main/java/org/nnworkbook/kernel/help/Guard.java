// Keeps a failure inside JShell or javac from reaching the kernel: the caller gets an empty answer instead.
package org.nnworkbook.kernel.help;

import java.lang.System.Logger.Level;
import java.util.function.Supplier;

/** Runs an analysis and turns any failure into a fallback value (logged at DEBUG), except the VM's own errors. */
final class Guard {
    private static final System.Logger LOG = System.getLogger(Guard.class.getName());

    private Guard() {}

    /**
     * JShell's analysis runs javac on half-typed code; javac's internal errors are {@code Error}s, and a closed
     * shell throws {@code IllegalStateException}. None of that is the student's fault, so none of it may fail a
     * request. Out of memory and stack overflow still propagate: the kernel has to know about those.
     */
    static <T> T orElse(T fallback, Supplier<T> analysis) {
        try {
            T answer = analysis.get();
            return answer == null ? fallback : answer;
        } catch (VirtualMachineError e) {
            throw e;
        } catch (RuntimeException | Error e) {
            LOG.log(Level.DEBUG, "analysis failed; answering with nothing", e);
            return fallback;
        }
    }
}
