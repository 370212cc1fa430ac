// Speed figures for Tab, Shift-Tab and is_complete on a notebook's JShell; a main program, not a test.
package org.nnworkbook.kernel.help;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import jdk.jshell.JShell;

/**
 * Prints one JSON line per request kind: the first call (javac and JShell still cold) and the median and slowest of
 * the next {@value #RUNS}, in milliseconds. These calls run while a student types, so typical figures should stay
 * well under 100 ms. Run: {@code java -cp <kernel test classpath> org.nnworkbook.kernel.help.HelpBenchmark}.
 */
public final class HelpBenchmark {
    private static final int RUNS = 30;

    private static final String PLOTS_SOURCE = readPlots();

    private HelpBenchmark() {}

    private static String readPlots() {
        try {
            return java.nio.file.Files.readString(NotebookShell.LIBRARY_SOURCES.resolve("org/nnworkbook/plot/Plots.java"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public static void main(String[] args) {
        JShell shell = NotebookShell.get();
        Inspector inspector = new Inspector(List.of(NotebookShell.LIBRARY_SOURCES));
        time("complete Plots.bou", () -> Completions.complete(shell, "Plots.bou", 9));
        time("complete model.", () -> Completions.complete(shell, "model.", 6));
        time("complete Math.ma", () -> Completions.complete(shell, "int a = 1;\nMath.ma", 18));
        time("inspect Plots.boundary", () -> inspector.inspect(shell, "Plots.boundary", 14, false));
        time("inspect new Linear( detail", () -> inspector.inspect(shell, "new Linear(", 11, true));
        time("inspect Math.max(", () -> inspector.inspect(shell, "Math.max(", 9, true));
        time("inspect model", () -> inspector.inspect(shell, "model", 5, false));
        time("inspect library, uncached", () -> new Inspector(List.of(NotebookShell.LIBRARY_SOURCES))
                .inspect(shell, "Matrix.of(", 10, true));
        time("is_complete for loop", () -> Completeness.of(shell, "for (int i = 0; i < 3; i++) {"));
        time("is_complete int x = ;", () -> Completeness.of(shell, "int x = ;"));
        time("javac parse of Plots.java", () -> JavaParser.parse("Plots.java", PLOTS_SOURCE));
        shell.close();
    }

    /** Wall time, and the CPU time of this thread: on a shared, loaded machine the second is the fairer figure. */
    private static void time(String what, Supplier<?> request) {
        double[] first = millis(request);
        double[] wall = new double[RUNS];
        double[] cpu = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            double[] run = millis(request);
            wall[i] = run[0];
            cpu[i] = run[1];
        }
        Arrays.sort(wall);
        Arrays.sort(cpu);
        System.out.printf("{\"request\": \"%s\", \"java\": %d, \"first_ms\": %.1f, \"first_cpu_ms\": %.1f, "
                        + "\"median_ms\": %.1f, \"median_cpu_ms\": %.1f, \"max_ms\": %.1f}%n",
                what, Runtime.version().feature(), first[0], first[1], wall[RUNS / 2], cpu[RUNS / 2], wall[RUNS - 1]);
    }

    private static double[] millis(Supplier<?> request) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        request.get();
        return new double[] {(System.nanoTime() - start) / 1e6, (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6};
    }
}
