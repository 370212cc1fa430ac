// Loads datasets/digits.csv.gz for the benchmark and the accuracy test; the data package will own loading later.
package org.nnworkbook.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPInputStream;
import org.nnworkbook.nn.Matrix;

/** The 8×8 digits: 64 pixels scaled to [0, 1] (divided by 16) and the label, split 80/20 with a fixed seed. */
public record Digits(Matrix xTrain, Matrix yTrain, Matrix xTest, Matrix yTest) {

    /** Seed of the fixed permutation behind the 80/20 split. */
    public static final long SPLIT_SEED = 42;

    /** Finds the file: the given path, else {@code datasets/digits.csv.gz} here or one directory up. */
    public static Path locate(String given) {
        List<Path> candidates = given != null ? List.of(Path.of(given))
                : List.of(Path.of("datasets/digits.csv.gz"), Path.of("../datasets/digits.csv.gz"));
        for (Path p : candidates) {
            if (Files.isRegularFile(p)) {
                return p;
            }
        }
        throw new IllegalArgumentException("digits.csv.gz not found at " + candidates + " (working directory "
                + Path.of("").toAbsolutePath() + "); pass the file's path as the first argument");
    }

    public static Digits load(Path file) {
        List<double[]> rows = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.US_ASCII))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (!line.isBlank()) {
                    String[] f = line.split(",");
                    double[] r = new double[f.length];
                    for (int i = 0; i < f.length; i++) {
                        r[i] = Double.parseDouble(f[i].trim());
                    }
                    rows.add(r);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int n = rows.size();
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        shuffle(order, new Random(SPLIT_SEED));
        int nTrain = (int) (n * 0.8);
        return new Digits(features(rows, order, 0, nTrain), labels(rows, order, 0, nTrain),
                features(rows, order, nTrain, n), labels(rows, order, nTrain, n));
    }

    /** Fisher-Yates, as MiniBatches shuffles (the benchmark's plain-Java loop must not use the library's). */
    static void shuffle(int[] order, Random rng) {
        for (int i = order.length - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
    }

    private static Matrix features(List<double[]> rows, int[] order, int from, int to) {
        return Matrix.generate(to - from, 64, (i, j) -> rows.get(order[from + i])[j] / 16.0);
    }

    private static Matrix labels(List<double[]> rows, int[] order, int from, int to) {
        return Matrix.generate(to - from, 1, (i, j) -> rows.get(order[from + i])[64]);
    }
}
