// The library's speed figures as JSON lines (digits MLP epoch time, matmul GFLOPS), each beside a plain-Java reference.
package org.nnworkbook.bench;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.ToDoubleFunction;
import org.nnworkbook.nn.Matrix;
import org.nnworkbook.nn.activations.ReLU;
import org.nnworkbook.nn.init.Initializer;
import org.nnworkbook.nn.layers.Sequential;
import org.nnworkbook.nn.loss.CrossEntropyLoss;
import org.nnworkbook.nn.loss.Targets;
import org.nnworkbook.nn.optim.SGD;
import org.nnworkbook.nn.train.History;
import org.nnworkbook.nn.train.Metrics;
import org.nnworkbook.nn.train.Trainer;
import org.nnworkbook.nn.train.TrainingListener;

/**
 * Prints one JSON line per figure. Run from the repository root ({@code ./workbook bench}, or):
 *
 * <pre>
 * ./mvnw -B -q -pl lib test-compile exec:java -Dexec.mainClass=org.nnworkbook.bench.LibBenchmark -Dexec.classpathScope=test
 * </pre>
 *
 * (add {@code -Dexec.args=path/to/digits.csv.gz} to read the data from elsewhere). The figures:
 *
 * <ul>
 *   <li>{@code digits_mlp}: 64-128-10, ReLU, softmax cross-entropy, SGD lr 0.1, batch 32, 20 epochs, inputs
 *       divided by 16, He init, fixed 80/20 split: the median ms per epoch over epochs 2-20 of the first
 *       training run in a fresh JVM, the figure issue 4 asks for and compares with numpy and PyTorch (which
 *       have no JIT to warm up). Beside it, the same for {@link PlainJavaMlp}, the network written as
 *       straightforward loops, also in a fresh JVM of its own, and the ratio.</li>
 *   <li>{@code digits_mlp_warm}: the same for a second, identical run in each of those JVMs, once the JIT has
 *       compiled everything: what a notebook that trains more than once sees.</li>
 *   <li>{@code matmul}: GFLOPS of {@code Matrix.matmul}, one thread, n = 256 and 1024, beside a plain
 *       i-k-j triple loop. Best of several runs, as usual for throughput.</li>
 * </ul>
 *
 * Each digits figure is measured in {@value #JVMS} fresh JVMs, library and plain Java taking turns so that a
 * busy machine disturbs both alike, and reported as the median over those JVMs (the spread is printed
 * too). {@code cpu_*} figures use the training thread's CPU time, which other processes disturb less than
 * wall-clock time. A benchmark, not a test: it asserts nothing and is never run by {@code verify}.
 */
public final class LibBenchmark {
    private static final int EPOCHS = 20;
    private static final int JVMS = 3;

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length > 0 && args[0].equals("--train")) {
            train(args[1], Digits.load(Path.of(args[2])));
            return;
        }
        Path data = Digits.locate(args.length > 0 ? args[0] : null).toAbsolutePath();
        List<Map<String, String>> lib = new ArrayList<>();
        List<Map<String, String>> plain = new ArrayList<>();
        for (int i = 0; i < JVMS; i++) {
            lib.add(freshJvm("lib", data));
            plain.add(freshJvm("plain", data));
        }
        System.out.println(digitsLine("digits_mlp", "first training run in a fresh JVM", "first", lib, plain));
        System.out.println(digitsLine("digits_mlp_warm", "second identical run in the same JVM", "second", lib, plain));
        for (int n : new int[] {256, 1024}) {
            matmul(n);
        }
    }

    // ---- the parent: fresh JVMs and the JSON lines ------------------------------------------------------

    /** Runs {@code --train which} in a new JVM with this classpath and no options, and reads its key=value line. */
    private static Map<String, String> freshJvm(String which, Path data) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // exec:java loads this class in Maven's JVM through its own class loader: take the classpath from
        // where the classes are, not from java.class.path.
        String classpath = codeSource(Matrix.class) + File.pathSeparator + codeSource(LibBenchmark.class);
        Process child = new ProcessBuilder(java, "-cp", classpath, LibBenchmark.class.getName(), "--train", which,
                data.toString()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String line;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            line = out.readLine();
        }
        if (child.waitFor() != 0 || line == null) {
            throw new IllegalStateException("the " + which + " training JVM failed (exit code " + child.exitValue() + ")");
        }
        Map<String, String> values = new HashMap<>();
        for (String pair : line.split(" ")) {
            int eq = pair.indexOf('=');
            values.put(pair.substring(0, eq), pair.substring(eq + 1));
        }
        return values;
    }

    private static String codeSource(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One JSON line for the first or second run: medians over the JVMs, their spread, the ratio. */
    private static String digitsLine(String bench, String what, String run, List<Map<String, String>> lib,
                                     List<Map<String, String>> plain) {
        double[] libWall = each(lib, m -> number(m, run + "_wall"));
        double[] plainWall = each(plain, m -> number(m, run + "_wall"));
        double libMs = median(libWall);
        double plainMs = median(plainWall);
        boolean deterministic = lib.stream().map(m -> m.get("first_weights") + m.get("second_weights")).distinct().count() == 1
                && lib.get(0).get("first_weights").equals(lib.get(0).get("second_weights"));
        return String.format(Locale.ROOT, "{\"bench\":\"%s\",\"run\":\"%s\",\"ms_per_epoch_median\":%.3f,"
                        + "\"ms_per_epoch_range\":[%.3f,%.3f],\"cpu_ms_per_epoch_median\":%.3f,"
                        + "\"plain_java_ms_per_epoch_median\":%.3f,\"plain_java_ms_per_epoch_range\":[%.3f,%.3f],"
                        + "\"plain_java_cpu_ms_per_epoch_median\":%.3f,\"speedup_vs_plain_java\":%.2f,"
                        + "\"train_acc\":%.4f,\"test_acc\":%.4f,\"plain_java_test_acc\":%.4f,\"epochs\":%d,\"jvms\":%d,"
                        + "\"deterministic\":%s,\"reference_numpy_ms\":5.5,\"reference_pytorch_cpu_ms\":9.0,"
                        + "\"reference_plain_java_ms\":18.0}",
                bench, what, libMs, min(libWall), max(libWall), median(each(lib, m -> number(m, run + "_cpu"))),
                plainMs, min(plainWall), max(plainWall), median(each(plain, m -> number(m, run + "_cpu"))),
                plainMs / libMs, number(lib.get(0), "train_acc"), number(lib.get(0), "test_acc"),
                number(plain.get(0), "test_acc"), EPOCHS, lib.size(), deterministic);
    }

    private static double number(Map<String, String> values, String key) {
        return Double.parseDouble(values.get(key));
    }

    private static double[] each(List<Map<String, String>> runs, ToDoubleFunction<Map<String, String>> figure) {
        return runs.stream().mapToDouble(figure).toArray();
    }

    // ---- the child: two identical training runs in this (fresh) JVM ------------------------------------

    /** Prints {@code key=value} pairs: each run's medians over epochs 2..20, accuracies, a weights checksum. */
    private static void train(String which, Digits d) {
        StringBuilder out = new StringBuilder("which=" + which);
        for (String run : List.of("first", "second")) {
            Run result = which.equals("lib") ? libraryRun(d) : plainRun(d);
            out.append(String.format(Locale.ROOT, " %s_wall=%.4f %s_cpu=%.4f %s_weights=%d",
                    run, result.wallMedian(), run, result.cpuMedian(), run, result.weights()));
            if (run.equals("first")) {
                out.append(String.format(Locale.ROOT, " train_acc=%.6f test_acc=%.6f", result.trainAcc(), result.testAcc()));
            }
        }
        System.out.println(out);
    }

    /** One training run: medians over epochs 2..20 of wall-clock and thread CPU ms, accuracies, weights checksum. */
    private record Run(double wallMedian, double cpuMedian, double trainAcc, double testAcc, int weights) {
    }

    private static Run libraryRun(Digits d) {
        EpochClock clock = new EpochClock();
        Sequential net = Sequential.mlp(new Random(1), ReLU::new, Initializer.heNormal(), 64, 128, 10);
        History h = new Trainer(net, new CrossEntropyLoss(), new SGD(net.parameters(), 0.1))
                .epochs(EPOCHS).batchSize(32).seed(7)
                .listener(TrainingListener.everyEpoch(e -> clock.tick()))
                .fit(d.xTrain(), d.yTrain());
        clock.check(h.millis().length);
        return new Run(clock.wallMedian(), clock.cpuMedian(), Metrics.accuracy(net, d.xTrain(), d.yTrain()),
                Metrics.accuracy(net, d.xTest(), d.yTest()), Arrays.hashCode(net.parameters().get(0).value().data()));
    }

    /** The same training with the plain-loops network, timed the same way. */
    private static Run plainRun(Digits d) {
        double[][] x = d.xTrain().toArray();
        int[] y = Targets.classes(d.yTrain());
        PlainJavaMlp mlp = new PlainJavaMlp(64, 128, 10, new Random(1));
        Random rng = new Random(7);
        int[] order = new int[x.length];
        Arrays.setAll(order, i -> i);
        EpochClock clock = new EpochClock();
        for (int epoch = 0; epoch < EPOCHS; epoch++) {
            Digits.shuffle(order, rng);
            for (int from = 0; from < order.length; from += 32) {
                int size = Math.min(32, order.length - from);
                double[][] xb = new double[size][];
                int[] yb = new int[size];
                for (int r = 0; r < size; r++) {
                    xb[r] = x[order[from + r]];
                    yb[r] = y[order[from + r]];
                }
                mlp.step(xb, yb, 0.1);
            }
            clock.tick();
        }
        return new Run(clock.wallMedian(), clock.cpuMedian(), mlp.accuracy(x, y),
                mlp.accuracy(d.xTest().toArray(), Targets.classes(d.yTest())), Arrays.deepHashCode(mlp.w1));
    }

    /** Wall-clock and thread CPU time of each epoch, marked by {@link #tick()} at its end. */
    private static final class EpochClock {
        private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        private final double[] wall = new double[EPOCHS];
        private final double[] cpu = new double[EPOCHS];
        private int epochs;
        private long lastWall = System.nanoTime();
        private long lastCpu = threads.getCurrentThreadCpuTime();

        void tick() {
            long nowWall = System.nanoTime();
            long nowCpu = threads.getCurrentThreadCpuTime();
            wall[epochs] = (nowWall - lastWall) / 1e6;
            cpu[epochs] = (nowCpu - lastCpu) / 1e6;
            epochs++;
            lastWall = nowWall;
            lastCpu = nowCpu;
        }

        void check(int expected) {
            if (epochs != expected || epochs != EPOCHS) {
                throw new IllegalStateException("timed " + epochs + " epochs, trained " + expected);
            }
        }

        /** Epoch 1 is left out: it holds the JIT's first compilations, as issue 4 defines the figure. */
        double wallMedian() {
            return median(Arrays.copyOfRange(wall, 1, EPOCHS));
        }

        double cpuMedian() {
            return median(Arrays.copyOfRange(cpu, 1, EPOCHS));
        }
    }

    // ---- matmul -----------------------------------------------------------------------------------

    static void matmul(int n) {
        Matrix a = Matrix.randn(n, n, 1);
        Matrix b = Matrix.randn(n, n, 2);
        int reps = n <= 256 ? 30 : 4;
        double flops = 2.0 * n * n * n;
        double best = Double.MAX_VALUE;
        for (int r = 0; r < reps; r++) {
            long t = System.nanoTime();
            a.matmul(b);
            best = Math.min(best, System.nanoTime() - t);
        }
        double plainBest = Double.MAX_VALUE;
        double[] c = new double[n * n];
        for (int r = 0; r < Math.max(2, reps / 3); r++) {
            long t = System.nanoTime();
            plainMultiply(a.data(), b.data(), c, n);
            plainBest = Math.min(plainBest, System.nanoTime() - t);
        }
        System.out.println(String.format(Locale.ROOT,
                "{\"bench\":\"matmul\",\"n\":%d,\"gflops\":%.2f,\"plain_java_gflops\":%.2f,\"speedup_vs_plain_java\":%.2f}",
                n, flops / best, flops / plainBest, plainBest / best));
    }

    /** The textbook cache-friendly i-k-j loop. */
    private static void plainMultiply(double[] a, double[] b, double[] c, int n) {
        Arrays.fill(c, 0);
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < n; k++) {
                double aik = a[i * n + k];
                for (int j = 0; j < n; j++) {
                    c[i * n + j] += aik * b[k * n + j];
                }
            }
        }
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    private static double min(double[] v) {
        return Arrays.stream(v).min().orElse(Double.NaN);
    }

    private static double max(double[] v) {
        return Arrays.stream(v).max().orElse(Double.NaN);
    }
}
