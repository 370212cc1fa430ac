// The execution VM's stdout and stderr on their way to Jupyter: coalesced, bounded, records lifted out.
package org.nnworkbook.kernel;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.nnworkbook.kernel.runtime.SideChannel;

/**
 * JShell writes what the VM prints into {@link #stdout()} and {@link #stderr()} from its own
 * thread. Text is sent to the current cell's {@link Sink} at most every {@value #FLUSH_MS} ms (one
 * Jupyter message per println would drown the browser). Per cell, the first {@value #HEAD_LINES}
 * lines (or {@value #HEAD_BYTES} bytes) go out live; after that only the last {@value #TAIL_LINES}
 * lines are kept, sent when the cell ends behind a line saying how much was dropped. Side-channel
 * records (pictures, the cell's value) are handed over in order with the text around them.
 */
final class CellOutput {
    static final int HEAD_LINES = 2_000;
    static final int HEAD_BYTES = 200_000;
    static final int TAIL_LINES = 100;
    static final long FLUSH_MS = 50;
    private static final int FLUSH_BYTES = 64 * 1024;

    /** Where a cell's output goes (Jupyter, in the kernel). */
    interface Sink {
        void text(String stream, String text);

        void record(String kind, String json);
    }

    private final Channel out = new Channel("stdout");
    private final Channel err = new Channel("stderr");
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "cell-output-flush");
        thread.setDaemon(true);
        return thread;
    });

    private Sink sink;
    private StringBuilder pending = new StringBuilder();
    private String pendingStream = "stdout";
    private long lines;
    private long bytes;
    private long droppedLines;
    private long droppedBytes;
    private final ArrayDeque<String[]> tail = new ArrayDeque<>();

    CellOutput() {
        timer.scheduleWithFixedDelay(this::flush, FLUSH_MS, FLUSH_MS, TimeUnit.MILLISECONDS);
    }

    OutputStream stdout() {
        return out;
    }

    OutputStream stderr() {
        return err;
    }

    /** Output from now on belongs to a new cell, with fresh limits. */
    synchronized void startCell(Sink cellSink) {
        sink = cellSink;
        lines = bytes = droppedLines = droppedBytes = 0;
        tail.clear();
    }

    /** Sends what is left of the cell's output, the tail behind a line saying what was dropped. */
    synchronized void endCell() {
        out.endPartialLine();
        err.endPartialLine();
        if (droppedLines > 0) {
            append("stderr", StudentMessages.outputDropped(droppedLines, droppedBytes, lines, HEAD_LINES, tail.size()));
            for (String[] line : tail) {
                append(line[0], line[1]);
            }
        }
        flush();
        sink = null;
    }

    synchronized void flush() {
        if (pending.length() > 0 && sink != null) {
            sink.text(pendingStream, pending.toString());
        }
        pending = new StringBuilder();
    }

    void close() {
        timer.shutdownNow();
    }

    private synchronized void line(String stream, String text) {
        lines++;
        int size = text.length();
        bytes += size;
        if (lines <= HEAD_LINES && bytes <= HEAD_BYTES) {
            append(stream, text);
            return;
        }
        if (droppedLines == 0 && tail.isEmpty()) {
            append("stderr", StudentMessages.outputLimitReached(HEAD_LINES, TAIL_LINES));
        }
        tail.addLast(new String[] {stream, text});
        if (tail.size() > TAIL_LINES) {
            String[] gone = tail.removeFirst();
            droppedLines++;
            droppedBytes += gone[1].length();
        }
    }

    private synchronized void record(String kind, String json) {
        flush();
        if (sink != null) {
            sink.record(kind, json);
        }
    }

    private void append(String stream, String text) {
        if (!stream.equals(pendingStream)) {
            flush();
            pendingStream = stream;
        }
        pending.append(text);
        if (pending.length() > FLUSH_BYTES) {
            flush();
        }
    }

    /** One of the VM's streams: splits bytes into lines and records. */
    private final class Channel extends OutputStream {
        private final String name;
        private final ByteArrayOutputStream text = new ByteArrayOutputStream();
        private final ByteArrayOutputStream record = new ByteArrayOutputStream();
        private boolean inRecord;

        Channel(String name) {
            this.name = name;
        }

        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] data, int offset, int length) {
            synchronized (CellOutput.this) {
                for (int i = offset; i < offset + length; i++) {
                    byte b = data[i];
                    if (inRecord) {
                        if (b == SideChannel.END) {
                            inRecord = false;
                            String[] kindAndJson = SideChannel.parse(record.toByteArray(), record.size());
                            record.reset();
                            record(kindAndJson[0], kindAndJson[1]);
                        } else {
                            record.write(b);
                        }
                    } else if (b == SideChannel.START) {
                        inRecord = true;
                    } else {
                        text.write(b);
                        if (b == '\n') {
                            endLine();
                        }
                    }
                }
            }
        }

        /** A line without its newline yet (a progress bar, a prompt) still goes out at the cell's end. */
        void endPartialLine() {
            if (text.size() > 0) {
                endLine();
            }
        }

        private void endLine() {
            line(name, text.toString(StandardCharsets.UTF_8));
            text.reset();
        }
    }
}
