// The framed records the execution VM writes into its stdout for the kernel to lift out.
package org.nnworkbook.kernel.runtime;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;

/**
 * JShell gives the kernel one byte stream per VM stream and returns values only as strings
 * truncated at about 21 kB, so pictures travel in stdout, framed: {@code RS kind SP json US}.
 * RS (0x1E) and US (0x1F) are control bytes no UTF-8 text sequence contains and no student
 * prints by accident. A record is written with one call under the stream's lock, so printed text
 * never lands inside it, and it keeps its place among the printed lines.
 */
public final class SideChannel {
    public static final byte START = 0x1E;
    public static final byte END = 0x1F;

    /** A display_data bundle: {@code {"data":..., "metadata":..., "transient":{"display_id":...}}}. */
    public static final String DISPLAY = "display";
    /** An update_display_data bundle, same shape, display id required. */
    public static final String UPDATE = "update";
    /** The rendered value of a cell's last expression, same shape. */
    public static final String RESULT = "result";
    /** The execution VM's process id: {@code {"pid": 1234}}. */
    public static final String PID = "pid";

    /** The VM is shutting down by itself (System.exit, or its last thread ended): {@code {}}. */
    public static final String EXITING = "exiting";

    /** The VM stops itself for going past a limit: {@code {"limit": "threads"}}. */
    public static final String LIMIT = "limit";

    /** The cell's code reads System.in and has no typed line left: {@code {}} (see NotebookRuntime.LineInput). */
    public static final String INPUT_WANTED = "input";

    /**
     * The byte the kernel sends on System.in for a read JShell asked ahead of the code (its
     * forwarding sometimes does at a line's end); System.in in the VM drops it. NUL: nobody types it.
     */
    public static final int NOT_A_BYTE = 0;

    private static final Gson GSON = new Gson();

    private SideChannel() {
    }

    static void send(PrintStream out, String kind, DisplayData bundle) {
        send(out, kind, GSON.toJson(bundle));
    }

    static void sendPid(PrintStream out, long pid) {
        JsonObject json = new JsonObject();
        json.addProperty("pid", pid);
        send(out, PID, json.toString());
    }

    static void sendLimit(PrintStream out, String limit) {
        JsonObject json = new JsonObject();
        json.addProperty("limit", limit);
        send(out, LIMIT, json.toString());
    }

    static void sendInputWanted(PrintStream out) {
        send(out, INPUT_WANTED, "{}");
    }

    static void sendExiting(PrintStream out) {
        send(out, EXITING, "{}");
    }

    private static void send(PrintStream out, String kind, String json) {
        byte[] body = (kind + " " + json).getBytes(StandardCharsets.UTF_8);
        byte[] record = new byte[body.length + 2];
        record[0] = START;
        System.arraycopy(body, 0, record, 1, body.length);
        record[record.length - 1] = END;
        synchronized (out) {
            out.write(record, 0, record.length);
            out.flush();
        }
    }

    /** Reads a record body back (kernel side): its kind and its JSON. */
    public static String[] parse(byte[] body, int length) {
        String text = new String(body, 0, length, StandardCharsets.UTF_8);
        int space = text.indexOf(' ');
        return space < 0 ? new String[] {text, "{}"} : new String[] {text.substring(0, space), text.substring(space + 1)};
    }

    /** A bundle sent as JSON (kernel side). */
    public static DisplayData bundle(String json) {
        return GSON.fromJson(json, DisplayData.class);
    }
}
