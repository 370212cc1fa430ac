// System.in of the student's code: each line the code asks for is a Jupyter input_request.
package org.nnworkbook.kernel;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.BooleanSupplier;
import org.nnworkbook.kernel.runtime.SideChannel;

/**
 * JShell reads this stream, one byte per request, on its own thread whenever the code in the
 * execution VM reads System.in; the bytes come from the running cell's {@link Asker} a line at a
 * time, and only when the VM said a line is {@link #lineWanted wanted}: JShell's forwarding sometimes
 * asks for a byte before the code reads it, and such a request at a line's end gets
 * {@link SideChannel#NOT_A_BYTE} (which System.in in the VM drops) instead of a question to the
 * student. ■ ({@link #cancel}) ends a pending question, and wins over an answer that arrives with
 * it: the read then throws {@link InterruptedIOException}, which JShell answers by stopping the
 * cell (the kernel stops it too), and no byte goes to the VM. What remains of a line when the cell
 * ends is dropped (the VM's System.in drops the byte it may hold, see runtime.LineInput). Outside a
 * cell, and in a cell whose client allows no input, a read fails with an IOException that says why
 * (end of input would close the VM's System.in for good).
 */
final class CellInput extends InputStream {

    /** Asks the student for a line. */
    interface Asker {
        /**
         * The line typed, without its newline; null when {@code giveUp} turned true first.
         *
         * @throws IOException when this cell cannot ask (its client allows no input)
         */
        String ask(BooleanSupplier giveUp) throws IOException;
    }

    private volatile Asker asker;
    private volatile boolean cancelled;
    private volatile boolean wanted;
    private byte[] line = new byte[0];
    private int next;

    /** Reads from now on ask {@code cellAsker}, for a new cell: nothing typed for an earlier one is kept. */
    synchronized void startCell(Asker cellAsker) {
        line = new byte[0];
        next = 0;
        cancelled = false;
        wanted = false;
        asker = cellAsker;
    }

    synchronized void endCell() {
        asker = null;
    }

    /** The VM's System.in needs a new line (a side-channel record, read before the VM's request). */
    void lineWanted() {
        wanted = true;
    }

    /** Ends a question being asked now (from another thread): the cell is being interrupted. */
    void cancel() {
        cancelled = true;
    }

    @Override
    public synchronized int read() throws IOException {
        if (next == line.length) {
            Asker current = asker;
            if (current == null) {
                throw new IOException(StudentMessages.NO_INPUT);
            }
            if (!wanted) {
                return SideChannel.NOT_A_BYTE;
            }
            wanted = false;
            String typed = cancelled ? null : current.ask(() -> cancelled); // ■ came first: no question
            if (typed == null || cancelled) { // an answer that comes with ■ is not read: ■ wins
                throw new InterruptedIOException("the cell was interrupted while it waited for input");
            }
            line = (typed + "\n").getBytes(StandardCharsets.UTF_8);
            next = 0;
        }
        return line[next++] & 0xff;
    }
}
