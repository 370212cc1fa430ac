// The XOR corners and notebook 02's exercises written once more, as references for its hidden tests (not a test).

final class BeyondLinear {
    static final double[][] CORNERS = {{0, 0}, {0, 1}, {1, 0}, {1, 1}};
    static final int[] XOR = {0, 1, 1, 0};

    private BeyondLinear() {
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
}
