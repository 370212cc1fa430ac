// expect 1: δ2 = -y(1 - σ(z2)) drops the y inside σ: right for y = +1, wrong for y = -1
// Exercise 4: dL/dw_o of L = -log σ(y · w_oᵀ σ(W1 x)); returns K numbers.
double[] gradWOut(double[][] W1, double[] wOut, double[] x, int y) {
    double[] a = hiddenActivations(W1, x);
    double delta2 = -y * (1 - sigmoid(dot(wOut, a)));
    double[] grad = new double[a.length];
    for (int k = 0; k < a.length; k++) grad[k] = delta2 * a[k];
    return grad;
}
