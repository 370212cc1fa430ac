// System.in in the execution VM: says when the cell's code wants a line, and drops what a cell left half read.
package org.nnworkbook.kernel.runtime;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * System.in as JShell forwards it: each read asks the kernel for a byte, and the kernel asks the
 * student for a line when one is wanted. JShell's forwarding sometimes asks for a byte before the
 * code needs it (after taking a byte's tag, when the byte itself has not arrived yet), so at the
 * start of each line this stream tells the kernel that a line is really wanted (a side-channel
 * record, which arrives before the request), and drops the {@link SideChannel#NOT_A_BYTE} the
 * kernel answers a request ahead of time with; that byte also says the kernel holds no typed line,
 * so the next read asks for one. It flushes the buffered System.out first, so a prompt printed
 * with {@code print} shows above the box the student types into.
 *
 * <p>The kernel forgets the rest of a typed line when its cell ends (after {@code System.in.read()}
 * took one character, say), but a byte of it may already wait here: one JShell fetched ahead, or
 * the answer to a read that ■ stopped before it took the byte. So the first read after
 * {@link #cellEnded} drops what is here up to the kernel's NOT_A_BYTE, which says it holds no line.
 */
final class LineInput extends FilterInputStream {
    private boolean atLineStart = true;
    private volatile boolean cellEnded;

    LineInput(InputStream forwarded) {
        super(forwarded);
    }

    /** The kernel's cell has ended (not synchronized: a read may be waiting in another thread). */
    void cellEnded() {
        cellEnded = true;
    }

    @Override
    public synchronized int read() throws IOException {
        if (cellEnded) {
            cellEnded = false;
            dropWhatEarlierCellsLeft();
        }
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
            atLineStart = true;
        }
    }

    private void dropWhatEarlierCellsLeft() throws IOException {
        int read;
        do {
            read = super.read();
        } while (read != SideChannel.NOT_A_BYTE && read != -1);
        atLineStart = true;
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
