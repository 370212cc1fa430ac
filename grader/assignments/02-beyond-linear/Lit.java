// Helpers of notebook 02's hidden tests: Java literals of test inputs and reference implementations (not a test).
import java.util.Random;

final class Lit {
    static final double[][] CORNERS = {{0, 0}, {0, 1}, {1, 0}, {1, 1}};
    static final int[] XOR = {0, 1, 1, 0};

    private Lit() {
    }

    static String arr(double[] a) {
        return org.nnworkbook.grader.api.Literals.of(a);
    }

    static String mat(double[][] m) {
        return org.nnworkbook.grader.api.Literals.of(m);
    }

    /** An expression of type double[] holding the entries of a double[][] expression, row after row. */
    static String flat(String matrixExpression) {
        return org.nnworkbook.grader.api.Literals.flattened(matrixExpression);
    }

    /** A visible check of a matrix result (flattened): the message shows both arrays. */
    static void close(org.nnworkbook.grader.api.Session s, String label, double[] actual, double[] expected) {
        boolean ok = actual.length == expected.length;
        for (int i = 0; ok && i < actual.length; i++) {
            ok = Math.abs(actual[i] - expected[i]) <= 1e-6 * Math.max(1, Math.abs(expected[i]));
        }
        s.check(label, ok,
                "got " + java.util.Arrays.toString(actual) + " (entries row by row), expected " + java.util.Arrays.toString(expected));
    }

    static double[] vector(Random rng, int n, double scale) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = Math.round((rng.nextDouble() * 2 - 1) * scale * 100) / 100.0;
        }
        return v;
    }

    static double[][] matrix(Random rng, int rows, int cols, double scale) {
        double[][] m = new double[rows][];
        for (int i = 0; i < rows; i++) {
            m[i] = vector(rng, cols, scale);
        }
        return m;
    }

    static int cornersCorrect(double w1, double w2, double b) {
        int correct = 0;
        for (int i = 0; i < 4; i++) {
            int predicted = w1 * CORNERS[i][0] + w2 * CORNERS[i][1] + b > 0 ? 1 : 0;
            correct += predicted == XOR[i] ? 1 : 0;
        }
        return correct;
    }

    static double[][] multiply(double[][] a, double[][] b) {
        double[][] c = new double[a.length][b[0].length];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < b[0].length; j++) {
                for (int m = 0; m < b.length; m++) {
                    c[i][j] += a[i][m] * b[m][j];
                }
            }
        }
        return c;
    }

    static double[] layer(double[][] W, double[] b, double[] x) {
        double[] z = b.clone();
        for (int r = 0; r < W.length; r++) {
            for (int j = 0; j < x.length; j++) {
                z[r] += W[r][j] * x[j];
            }
        }
        return z;
    }

    static double[] flatten(double[][] m) {
        int n = 0;
        for (double[] row : m) {
            n += row.length;
        }
        double[] out = new double[n];
        int k = 0;
        for (double[] row : m) {
            for (double v : row) {
                out[k++] = v;
            }
        }
        return out;
    }
}
