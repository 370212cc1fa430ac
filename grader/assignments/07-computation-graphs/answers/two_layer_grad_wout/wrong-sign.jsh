// expect 0: the ascent direction: +y(1 - σ(y z2))·a
// Exercise 4: dL/dw_o of L = -log σ(y · w_oᵀ σ(W1 x)); returns K numbers.
double[] gradWOut(double[][] W1, double[] wOut, double[] x, int y) {
    double[] a = hiddenActivations(W1, x);
    double delta2 = y * (1 - sigmoid(y * dot(wOut, a)));
    double[] grad = new double[a.length];
    for (int k = 0; k < a.length; k++) grad[k] = delta2 * a[k];
    return grad;
}
