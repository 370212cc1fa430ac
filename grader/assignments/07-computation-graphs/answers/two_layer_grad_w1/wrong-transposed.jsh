// expect 0: right numbers in a d × K array (transposed)
// Exercise 5: dL/dW1 of L = -log σ(y · w_oᵀ σ(W1 x)); returns a K × d array.
double[][] gradW1(double[][] W1, double[] wOut, double[] x, int y) {
    double[] a = hiddenActivations(W1, x);
    double delta2 = -y * (1 - sigmoid(y * dot(wOut, a)));
    double[][] grad = new double[x.length][W1.length];
    for (int k = 0; k < W1.length; k++)
        for (int j = 0; j < x.length; j++) grad[j][k] = delta2 * wOut[k] * a[k] * (1 - a[k]) * x[j];
    return grad;
}
