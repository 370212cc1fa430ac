// Helpers of notebook 09's hidden tests: Java literals for evaluated code, and the reference optimisers.
import java.util.Random;

final class TrainingLiterals {
    private TrainingLiterals() {
    }

    /** {@code new double[] {…}} with every value written exactly. */
    static String array(double[] values) {
        StringBuilder sb = new StringBuilder("new double[] {");
        for (int i = 0; i < values.length; i++) {
            sb.append(i == 0 ? "" : ", ").append(Double.toString(values[i]));
        }
        return sb.append('}').toString();
    }

    static String array(int[] values) {
        StringBuilder sb = new StringBuilder("new int[] {");
        for (int i = 0; i < values.length; i++) {
            sb.append(i == 0 ? "" : ", ").append(values[i]);
        }
        return sb.append('}').toString();
    }

    static String matrix(double[][] rows) {
        StringBuilder sb = new StringBuilder("new double[][] {");
        for (int i = 0; i < rows.length; i++) {
            sb.append(i == 0 ? "" : ", ").append(array(rows[i]).substring("new double[] ".length()));
        }
        return sb.append('}').toString();
    }


    /** A block of statements ending in {@code return …;}, as one expression of type double[]. */
    static String block(String statements) {
        return "((java.util.function.Supplier<double[]>) () -> { " + statements + " }).get()";
    }

    static double[] gaussian(Random rng, int n, double scale) {
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = scale * rng.nextGaussian();
        }
        return out;
    }

    static double[][] gaussian(Random rng, int rows, int n, double scale) {
        double[][] out = new double[rows][];
        for (int i = 0; i < rows; i++) {
            out[i] = gaussian(rng, n, scale);
        }
        return out;
    }

    static double[] concat(double[]... parts) {
        int n = 0;
        for (double[] p : parts) {
            n += p.length;
        }
        double[] out = new double[n];
        int at = 0;
        for (double[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }
}
