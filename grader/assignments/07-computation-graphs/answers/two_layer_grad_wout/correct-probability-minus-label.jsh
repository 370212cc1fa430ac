// expect 2: other algebra: δ2 = σ(z2) - [y = +1], equal to -y(1 - σ(y z2))
// Exercise 4: dL/dw_o of L = -log σ(y · w_oᵀ σ(W1 x)); returns K numbers.
double[] gradWOut(double[][] W1, double[] wOut, double[] x, int y) {
    double[] a = hiddenActivations(W1, x);
    double delta2 = sigmoid(dot(wOut, a)) - (y == 1 ? 1 : 0);
    return Arrays.stream(a).map(ak -> delta2 * ak).toArray();
}
