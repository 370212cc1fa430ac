package org.nnworkbook.notebooks;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs runner/run_notebooks.py (nbclient + the real Java kernel) from Java tests and reads its JSON
 * report. Not the runner itself: all executing and judging of notebooks happens in the script.
 */
final class NotebookRunner {
    static final Path MODULE = Path.of("").toAbsolutePath();
    static final Path ROOT = MODULE.getParent();
    static final Path SCRIPT = MODULE.resolve("runner/run_notebooks.py");
    static final Path JUPYTER = ROOT.resolve(".jupyter");

    private static boolean kernelspecWritten;

    /** One notebook's outcome, as the script reports it. */
    record Result(String notebook, String status, Integer cell, String ename, String evalue, String source,
                  int attempts, Double kernel_start_seconds, double seconds) {
        boolean passed() {
            return "passed".equals(status);
        }

        String fileName() {
            return Path.of(notebook).getFileName().toString();
        }
    }

    /** What one run of the script printed and reported. */
    record Run(int exitCode, String output, List<Result> results) {
        Result result(String fileName) {
            return results.stream().filter(r -> r.fileName().equals(fileName)).findFirst()
                    .orElseThrow(() -> new AssertionError("no result for " + fileName + " in:\n" + output));
        }
    }

    private NotebookRunner() {}

    /**
     * Runs the script on {@code notebooks} with extra {@code options}; {@code jupyterPath} is where
     * kernelspecs are looked up (the workbook's own kernelspec is always there).
     */
    static Run run(List<Path> notebooks, List<String> options, List<Path> jupyterPath)
            throws IOException, InterruptedException {
        writeKernelspec();
        Path report = Files.createTempFile("notebook-report", ".json");
        List<String> command = new ArrayList<>(List.of(python(), SCRIPT.toString(), "--report", report.toString()));
        command.addAll(options);
        notebooks.forEach(n -> command.add(n.toString()));

        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        jupyterEnvironment(builder.environment(), jupyterPath);

        Process process = builder.start();
        StringBuilder output = new StringBuilder();
        try (var lines = process.inputReader().lines()) {
            lines.forEach(line -> {
                System.out.println(line); // the per-notebook lines belong in the build log
                output.append(line).append('\n');
            });
        }
        if (!process.waitFor(30, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("the notebook runner did not finish within 30 minutes:\n" + output);
        }
        ObjectMapper json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        List<Result> results = Files.size(report) == 0 ? List.of()
                : List.of(json.readValue(report.toFile(), Result[].class));
        Files.deleteIfExists(report);
        return new Run(process.exitValue(), output.toString(), results);
    }

    /** Jupyter's folders for the runner: the workbook's .jupyter/ first, then {@code jupyterPath}, then the Python's own. */
    private static void jupyterEnvironment(Map<String, String> env, List<Path> jupyterPath) {
        List<String> searchPath = new ArrayList<>(List.of(JUPYTER.toString()));
        jupyterPath.forEach(p -> searchPath.add(p.toString()));
        env.put("JUPYTER_PATH", String.join(java.io.File.pathSeparator, searchPath));
        env.put("JUPYTER_RUNTIME_DIR", JUPYTER.resolve("runtime").toString());
        env.put("JUPYTER_CONFIG_DIR", JUPYTER.resolve("config").toString());
        env.put("JUPYTER_DATA_DIR", JUPYTER.resolve("data").toString());
        env.put("PYDEVD_DISABLE_FILE_VALIDATION", "1");
    }

    /**
     * The folder of the kernelspec {@code name} as the runner would find it (the workbook's .jupyter/, then the
     * Python environment's own kernels, e.g. stock JJava's "java" after {@code pip install jjava}), or null.
     */
    static Path kernelspec(String name) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(python(), "-c", "import sys\n"
                + "from jupyter_client.kernelspec import KernelSpecManager, NoSuchKernel\n"
                + "try: print(KernelSpecManager().get_kernel_spec(sys.argv[1]).resource_dir)\n"
                + "except NoSuchKernel: pass", name).redirectErrorStream(true);
        jupyterEnvironment(builder.environment(), List.of());
        Process p = builder.start();
        String said = new String(p.getInputStream().readAllBytes()).strip();
        if (p.waitFor() != 0) {
            throw new IllegalStateException("could not ask Jupyter for the kernelspec " + name + ":\n" + said);
        }
        return said.isEmpty() ? null : Path.of(said);
    }

    /** Writes the workbook kernelspec for the JDK running these tests, as `./workbook kernel` does. */
    static synchronized void writeKernelspec() throws IOException, InterruptedException {
        if (kernelspecWritten) {
            return;
        }
        for (Path built : List.of(ROOT.resolve("lib/target/nn-lib.jar"), ROOT.resolve("kernel/target/nn-kernel.jar"))) {
            if (!Files.exists(built)) {
                throw new IllegalStateException(built + " is missing: run the notebooks tests with `./workbook test`"
                        + " or `./mvnw verify`, which build it first");
            }
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder("bash", ROOT.resolve("kernel/kernelspec.sh").toString(), java)
                .redirectErrorStream(true).start();
        String said = new String(p.getInputStream().readAllBytes());
        if (p.waitFor() != 0) {
            throw new IllegalStateException("kernel/kernelspec.sh failed:\n" + said);
        }
        kernelspecWritten = true;
    }

    /** An interpreter that can import nbclient: $WORKBOOK_PYTHON, Debian's /usr/bin/python3, or python3. */
    static String python() throws IOException, InterruptedException {
        List<String> candidates = new ArrayList<>();
        String configured = System.getenv("WORKBOOK_PYTHON");
        if (configured != null && !configured.isBlank()) {
            candidates.add(configured);
        }
        candidates.addAll(List.of("/usr/bin/python3", "python3"));
        for (String candidate : candidates) {
            try {
                Process p = new ProcessBuilder(candidate, "-c", "import nbclient, nbformat").redirectErrorStream(true).start();
                p.getInputStream().readAllBytes();
                if (p.waitFor() == 0) {
                    return candidate;
                }
            } catch (IOException notThere) {
                // try the next one
            }
        }
        throw new IllegalStateException("no Python with nbclient found (tried " + candidates + "). Install Jupyter:"
                + " sudo apt-get install jupyter-nbconvert python3-nbclient (Debian/Ubuntu) or pip install nbclient nbconvert");
    }
}
