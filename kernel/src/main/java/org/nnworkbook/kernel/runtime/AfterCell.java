// What the kernel reads after each cell in the execution VM: flushes the output, ends a half-read line.
package org.nnworkbook.kernel.runtime;

/**
 * {@link NotebookRuntime#start} returns one; the kernel keeps it in a JShell variable and reads it
 * after each cell through JShell's {@code varValue} (no compilation, one round trip), which calls
 * {@link #toString()} in the VM.
 */
public final class AfterCell {
    private final LineInput input;

    AfterCell(LineInput input) {
        this.input = input;
    }

    /** Sends the cell's buffered output and tells System.in that the cell has ended. */
    @Override
    public String toString() {
        BufferedOutput.flushAll();
        input.cellEnded();
        return "done";
    }
}
