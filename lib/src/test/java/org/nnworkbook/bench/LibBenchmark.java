// The library's speed figures as JSON lines (digits MLP epoch time, matmul GFLOPS), each beside a plain-Java reference.
package org.nnworkbook.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;
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
 * Prints one JSON line per figure. Run from the repository root:
 *
 * <pre>
 * ./mvnw -B -q -pl lib test-compile exec:java -Dexec.mainClass=org.nnworkbook.bench.LibBenchmark -Dexec.classpathScope=test
 * </pre>
 *
 * (exec:java runs inside Maven's JVM, whose working directory is where {@code ./mvnw} was started; add
 * {@code -Dexec.args=path/to/digits.csv.gz} to read the data from elsewhere.) The figures:
 *
 * <ul>
 *   <li>{@code digits_mlp}: 64-128-10, ReLU, softmax cross-entropy, SGD lr 0.1, batch 32, 20 epochs, inputs
 *       divided by 16, He init, fixed 80/20 split; median ms per epoch over epochs 2-20, final train and
 *       test accuracy; and the same network written as plain Java loops ({@link PlainJavaMlp}). The run is
 *       done twice in the same JVM: {@code ms_per_epoch_median} is the second run (the JIT needs several
 *       epochs of this small problem to compile everything; Python's numpy and PyTorch have no such
 *       warm-up), {@code first_run_*} the first. {@code cpu_*} use this thread's CPU time, which a busy
 *       machine disturbs less than wall-clock time. {@code deterministic} checks the two runs agree bit
 *       for bit.</li>
 *   <li>{@code matmul}: GFLOPS of {@code Matrix.matmul}, one thread, n = 256 and 1024, beside a plain
 *       i-k-j triple loop. Best of several runs, as usual for throughput.</li>
 * </ul>
 *
 * A benchmark, not a test: it asserts nothing and is never run by {@code verify}.
 */
public final class LibBenchmark {
    private static final int EPOCHS = 20;

    public static void main(String[] args) {
        Digits digits = Digits.load(Digits.locate(args.length > 0 ? args[0] : null));
        digitsMlp(digits);
        for (int n : new int[] {256, 1024}) {
            matmul(n);
        }
    }

    static void digitsMlp(Digits d) {
        Run cold = libraryRun(d);
        Run warm = libraryRun(d);        // the same run again, now that the JIT has compiled the hot code
        Sequential net = warm.net();
        double trainAcc = Metrics.accuracy(net, d.xTrain(), d.yTrain());
        double testAcc = Metrics.accuracy(net, d.xTest(), d.yTest());
        boolean deterministic = cold.net().parameters().get(0).value().equals(net.parameters().get(0).value())
                && Metrics.accuracy(cold.net(), d.xTest(), d.yTest()) == testAcc;
        plainJava(d);                    // likewise: the second run is the one reported
        PlainResult plain = plainJava(d);
        System.out.println(String.format(Locale.ROOT,
                "{\"bench\":\"digits_mlp\",\"ms_per_epoch_median\":%.3f,\"cpu_ms_per_epoch_median\":%.3f,"
                        + "\"first_run_ms_per_epoch_median\":%.3f,\"first_run_cpu_ms_per_epoch_median\":%.3f,"
                        + "\"train_acc\":%.4f,\"test_acc\":%.4f,\"epochs\":%d,\"deterministic\":%s,"
                        + "\"plain_java_ms_per_epoch_median\":%.3f,\"plain_java_test_acc\":%.4f,\"speedup_vs_plain_java\":%.2f,"
                        + "\"reference_numpy_ms\":5.5,\"reference_pytorch_cpu_ms\":9.0}",
                warm.wallMedian(), warm.cpuMedian(), cold.wallMedian(), cold.cpuMedian(), trainAcc, testAcc, EPOCHS,
                deterministic, plain.msMedian(), plain.testAcc(), plain.msMedian() / warm.wallMedian()));
    }

    /** One training run as specified; medians over epochs 2..20 of wall-clock and of this thread's CPU time. */
    private record Run(Sequential net, double wallMedian, double cpuMedian) {
    }

    private static Run libraryRun(Digits d) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Sequential net = Sequential.mlp(new int[] {64, 128, 10}, ReLU::new, Initializer.heNormal(), new Random(1));
        double[] cpu = new double[EPOCHS];
        long[] last = {threads.getCurrentThreadCpuTime()};
        History h = new Trainer(net, new CrossEntropyLoss(), new SGD(net.parameters(), 0.1))
                .epochs(EPOCHS).batchSize(32).seed(7)
                .listener(TrainingListener.everyEpoch(e -> {
                    long now = threads.getCurrentThreadCpuTime();
                    cpu[e.epoch() - 1] = (now - last[0]) / 1e6;
                    last[0] = now;
                }))
                .fit(d.xTrain(), d.yTrain());
        return new Run(net, median(Arrays.copyOfRange(h.millis(), 1, EPOCHS)), median(Arrays.copyOfRange(cpu, 1, EPOCHS)));
    }

    private record PlainResult(double msMedian, double testAcc) {
    }

    /** The same training with the plain-loops network: median ms of epochs 2..20 and test accuracy. */
    private static PlainResult plainJava(Digits d) {
        double[][] x = d.xTrain().toArray();
        int[] y = Targets.classes(d.yTrain());
        PlainJavaMlp mlp = new PlainJavaMlp(64, 128, 10, new Random(1));
        Random rng = new Random(7);
        int[] order = new int[x.length];
        Arrays.setAll(order, i -> i);
        double[] ms = new double[EPOCHS - 1];
        for (int epoch = 0; epoch < EPOCHS; epoch++) {
            long start = System.nanoTime();
            for (int i = order.length - 1; i > 0; i--) {
                int j = rng.nextInt(i + 1);
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
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
            if (epoch > 0) {
                ms[epoch - 1] = (System.nanoTime() - start) / 1e6;
            }
        }
        double[][] xt = d.xTest().toArray();
        int[] yt = Targets.classes(d.yTest());
        int correct = 0;
        for (int i = 0; i < xt.length; i++) {
            correct += mlp.predict(xt[i]) == yt[i] ? 1 : 0;
        }
        return new PlainResult(median(ms), (double) correct / xt.length);
    }

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
}
