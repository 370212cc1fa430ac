// Keeps the first bytes a student's code prints and counts the rest, so an output flood costs nothing.
package org.nnworkbook.grader.session;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

final class BoundedOutput extends OutputStream {
    private final int limit;
    private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
    private long dropped;

    BoundedOutput(int limit) {
        this.limit = limit;
    }

    @Override
    public synchronized void write(int b) {
        if (kept.size() < limit) {
            kept.write(b);
        } else {
            dropped++;
        }
    }

    @Override
    public synchronized void write(byte[] bytes, int offset, int length) {
        int room = Math.max(0, Math.min(length, limit - kept.size()));
        kept.write(bytes, offset, room);
        dropped += length - room;
    }

    /** What was printed since the last call, with a note when some was dropped; then starts afresh. */
    synchronized String take() {
        String text = kept.toString(StandardCharsets.UTF_8);
        if (dropped > 0) {
            text += "\n[output truncated: " + dropped + " more bytes were printed and dropped]\n";
        }
        kept.reset();
        dropped = 0;
        return text;
    }
}
