// expect 0: forgets σ'(z1) = a(1 - a) in step 3
// Exercise 5: dL/dW1 of L = -log σ(y · w_oᵀ σ(W1 x)); returns a K × d array.
double[][] gradW1(double[][] W1, double[] wOut, double[] x, int y) {
    double[] a = hiddenActivations(W1, x);
    double delta2 = -y * (1 - sigmoid(y * dot(wOut, a)));
    double[][] grad = new double[W1.length][x.length];
    for (int k = 0; k < W1.length; k++)
        for (int j = 0; j < x.length; j++) grad[k][j] = delta2 * wOut[k] * x[j];
    return grad;
}
