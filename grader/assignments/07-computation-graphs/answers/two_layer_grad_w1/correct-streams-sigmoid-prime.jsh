// expect 3: σ'(z1) from z1 instead of a(1 - a), δ2 as σ(z2) - [y = +1], rows built with streams
// Exercise 5: dL/dW1 of L = -log σ(y · w_oᵀ σ(W1 x)); returns a K × d array.
double[][] gradW1(double[][] W1, double[] wOut, double[] x, int y) {
    double[] a = hiddenActivations(W1, x);
    double delta2 = sigmoid(dot(wOut, a)) - (y == 1 ? 1 : 0);
    return IntStream.range(0, W1.length).mapToObj(k -> {
        double z1 = dot(W1[k], x);
        double delta1 = delta2 * wOut[k] * sigmoid(z1) * (1 - sigmoid(z1));
        return Arrays.stream(x).map(xj -> delta1 * xj).toArray();
    }).toArray(double[][]::new);
}
