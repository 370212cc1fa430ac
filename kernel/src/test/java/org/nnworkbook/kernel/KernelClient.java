// A real Jupyter client (jupyter_client, through src/test/python/kernel_driver.py) on the real kernel, for tests.
package org.nnworkbook.kernel;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Starts the kernel from a kernelspec written by kernel/kernelspec.sh for a given JDK, sends cells
 * and hands back what Jupyter received. One client, one kernel; close it to shut the kernel down.
 */
final class KernelClient implements AutoCloseable {
    static final Path MODULE = Path.of("").toAbsolutePath();
    static final Path ROOT = MODULE.getParent();
    private static final Gson GSON = new Gson();
    private static final java.util.Set<Path> WRITTEN = new java.util.HashSet<>();

    private final Process driver;
    private final PrintWriter requests;
    private final BufferedReader answers;
    final double startSeconds;

    /** What one cell sent to Jupyter. */
    record Cell(JsonObject answer) {
        String status() {
            return answer.get("status").getAsString();
        }

        double seconds() {
            return answer.get("seconds").getAsDouble();
        }

        List<JsonObject> outputs() {
            List<JsonObject> list = new ArrayList<>();
            answer.getAsJsonArray("outputs").forEach(o -> list.add(o.getAsJsonObject()));
            return list;
        }

        String stream() {
            return answer.get("stream").getAsString();
        }

        /** How many input_requests the kernel sent (0 unless the cell ran with {@link #executeWithInput}). */
        int inputRequests() {
            return answer.has("input_requests") ? answer.get("input_requests").getAsInt() : 0;
        }

        Optional<JsonObject> error() {
            return outputs().stream().filter(o -> o.get("type").getAsString().equals("error")).findFirst();
        }

        /** The error's traceback lines joined, as a notebook shows them; "" when there was none. */
        String errorText() {
            return error().map(e -> String.join("\n", GSON.fromJson(e.getAsJsonArray("traceback"), String[].class))).orElse("");
        }

        String ename() {
            return error().map(e -> e.get("ename").getAsString()).orElse("");
        }

        /** The execute_result's text/plain, or "" when the cell had no value. */
        String text() {
            return outputs().stream().filter(o -> o.get("type").getAsString().equals("execute_result"))
                    .map(o -> o.getAsJsonObject("data").get("text/plain").getAsString()).findFirst().orElse("");
        }

        @Override
        public String toString() {
            return answer.toString().length() > 3000 ? answer.toString().substring(0, 3000) + "..." : answer.toString();
        }
    }

    private KernelClient(Process driver) throws IOException {
        this.driver = driver;
        this.requests = new PrintWriter(driver.outputWriter(StandardCharsets.UTF_8), true);
        this.answers = new BufferedReader(new InputStreamReader(driver.getInputStream(), StandardCharsets.UTF_8));
        JsonObject started = send(Map.of("op", "start", "kernel", "nn-workbook"));
        this.startSeconds = started.get("seconds").getAsDouble();
    }

    /** A kernel on the JDK running the tests. */
    static KernelClient start() throws IOException, InterruptedException {
        return start(Path.of(System.getProperty("java.home")), "");
    }

    /** A kernel whose process and execution VM run on {@code javaHome}, notebooks seeing {@code extraClasspath} too. */
    static KernelClient start(Path javaHome, String extraClasspath) throws IOException, InterruptedException {
        Path jupyter = kernelspec(javaHome, extraClasspath);
        ProcessBuilder builder = new ProcessBuilder(python(), MODULE.resolve("src/test/python/kernel_driver.py").toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT);
        Map<String, String> env = builder.environment();
        env.put("JUPYTER_PATH", jupyter.toString());
        env.put("JUPYTER_RUNTIME_DIR", jupyter.resolve("runtime").toString());
        env.put("JUPYTER_CONFIG_DIR", jupyter.resolve("config").toString());
        env.put("JUPYTER_DATA_DIR", jupyter.resolve("data").toString());
        env.put("PYDEVD_DISABLE_FILE_VALIDATION", "1");
        return new KernelClient(builder.start());
    }

    /**
     * Runs kernel/kernelspec.sh --into a folder kept per JDK and classpath, as `./workbook kernel` does;
     * once per test run, so that kernels starting in parallel never read a kernelspec being rewritten.
     */
    private static synchronized Path kernelspec(Path javaHome, String extraClasspath) throws IOException, InterruptedException {
        Path jupyter = MODULE.resolve("target/jupyter-" + Integer.toHexString((javaHome + extraClasspath).hashCode()));
        if (!WRITTEN.add(jupyter)) {
            return jupyter;
        }
        Files.createDirectories(jupyter);
        List<String> command = new ArrayList<>(List.of("bash", ROOT.resolve("kernel/kernelspec.sh").toString(),
                "--into", jupyter.toString()));
        if (!extraClasspath.isEmpty()) {
            command.addAll(List.of("--extra-classpath", extraClasspath));
        }
        command.add(javaHome.resolve("bin/java").toString());
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IllegalStateException("kernel/kernelspec.sh failed (run `./workbook build` first?):\n" + said);
        }
        return jupyter;
    }

    Cell execute(String code) throws IOException {
        return execute(code, Duration.ofSeconds(120), null);
    }

    /**
     * Runs a cell whose client allows stdin: each input_request gets the next of {@code lines}
     * (none left: it stays unanswered, for ■ to end); {@code interruptAfter} may be null.
     */
    Cell executeWithInput(String code, List<String> lines, Duration interruptAfter) throws IOException {
        JsonObject request = executeRequest(code, Duration.ofSeconds(120), interruptAfter);
        request.add("inputs", GSON.toJsonTree(lines));
        return new Cell(send(request));
    }

    /**
     * Runs a cell as {@link #executeWithInput} does, and presses ■ {@code delay} after the
     * {@code request}th input_request arrives (after answering it, if a line is left for it).
     */
    Cell executeWithInput(String code, List<String> lines, int request, Duration delay) throws IOException {
        JsonObject execute = executeRequest(code, Duration.ofSeconds(120), null);
        execute.add("inputs", GSON.toJsonTree(lines));
        execute.add("interrupt_at_input", GSON.toJsonTree(List.of(request, delay.toMillis() / 1000.0)));
        return new Cell(send(execute));
    }

    Cell execute(String code, Duration timeout, Duration interruptAfter) throws IOException {
        return new Cell(send(executeRequest(code, timeout, interruptAfter)));
    }

    private static JsonObject executeRequest(String code, Duration timeout, Duration interruptAfter) {
        JsonObject request = new JsonObject();
        request.addProperty("op", "execute");
        request.addProperty("code", code);
        request.addProperty("timeout", timeout.toMillis() / 1000.0);
        if (interruptAfter != null) {
            request.addProperty("interrupt_after", interruptAfter.toMillis() / 1000.0);
        }
        return request;
    }

    List<String> complete(String code, int cursor) throws IOException {
        JsonObject answer = send(Map.of("op", "complete", "code", code, "cursor", cursor));
        List<String> matches = new ArrayList<>();
        answer.getAsJsonArray("matches").forEach(m -> matches.add(m.getAsString()));
        return matches;
    }

    /** The whole complete_reply content: matches, cursor_start, cursor_end. */
    JsonObject completeReply(String code, int cursor) throws IOException {
        return send(Map.of("op", "complete", "code", code, "cursor", cursor));
    }

    /** The inspect_reply content: found, and data by MIME type. */
    JsonObject inspect(String code, int cursor, int detailLevel) throws IOException {
        return send(Map.of("op", "inspect", "code", code, "cursor", cursor, "detail_level", detailLevel));
    }

    /** The is_complete_reply content: status, and indent when incomplete. */
    JsonObject isComplete(String code) throws IOException {
        return send(Map.of("op", "is_complete", "code", code));
    }

    /** The execution VM's process, found by asking it for its pid. */
    ProcessHandle executionVm() throws IOException {
        Cell cell = execute("ProcessHandle.current().pid()");
        return ProcessHandle.of(Long.parseLong(cell.text().trim()))
                .orElseThrow(() -> new AssertionError("no execution VM process: " + cell));
    }

    private JsonObject send(Object request) throws IOException {
        requests.println(request instanceof JsonElement json ? json.toString() : GSON.toJson(request));
        String line = answers.readLine();
        if (line == null) {
            throw new AssertionError("the kernel driver ended without answering " + request);
        }
        JsonObject answer = GSON.fromJson(line, JsonObject.class);
        if (answer.has("failure")) {
            throw new AssertionError("kernel driver: " + answer.get("failure").getAsString() + " for " + request
                    + (answer.has("outputs") ? "; outputs so far: " + answer.get("outputs") : ""));
        }
        return answer;
    }

    @Override
    public void close() throws IOException, InterruptedException {
        try {
            send(Map.of("op", "shutdown"));
        } catch (AssertionError | IOException alreadyGone) {
            // the driver is gone already
        }
        if (!driver.waitFor(30, TimeUnit.SECONDS)) {
            driver.destroyForcibly();
        }
    }

    /** $WORKBOOK_PYTHON, else python3: it must import jupyter_client (CI installs Debian's). */
    static String python() {
        String configured = System.getenv("WORKBOOK_PYTHON");
        return configured != null && !configured.isBlank() ? configured : "python3";
    }
}
