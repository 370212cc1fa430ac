// Notebook 07's networks and losses written once more, as references for its hidden tests (not a test).
import org.nnworkbook.grader.api.Reference;

final class ComputationGraphs {
    private ComputationGraphs() {
    }

    static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    /** -log σ(y · w_oᵀ σ(W1 x)), stable. */
    static double twoLayerLoss(double[][] w1, double[] wOut, double[] x, int y) {
        double z2 = 0;
        for (int k = 0; k < w1.length; k++) {
            z2 += wOut[k] * Reference.sigmoid(dot(w1[k], x));
        }
        double u = y * z2;
        return Math.max(-u, 0) + Math.log1p(Math.exp(-Math.abs(u)));
    }

    /** Central differences of the reference loss with respect to w_o: [K]. */
    static double[] numericGradWOut(double[][] w1, double[] wOut, double[] x, int y) {
        return Reference.gradient(v -> twoLayerLoss(w1, v, x, y), wOut);
    }

    /** Central differences of the reference loss with respect to W1, row by row: [K · d]. */
    static double[] numericGradW1(double[][] w1, double[] wOut, double[] x, int y) {
        return Reference.gradientOfMatrix(m -> twoLayerLoss(m, wOut, x, y), w1);
    }

    /** (ReLU(wᵀx) - y)². */
    static double reluRegressorLoss(double[] w, double[] x, double y) {
        double g = Math.max(0, dot(w, x));
        return (g - y) * (g - y);
    }

    static double[] numericReluGrad(double[] w, double[] x, double y) {
        return Reference.gradient(v -> reluRegressorLoss(v, x, y), w);
    }
}
