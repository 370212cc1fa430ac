// expect 3: errors first, then each entry as a stream sum; the library's NN.sigmoid by its full name
double[] logisticGradient(double[] w, double b, double[][] X, double[] y) {
    int n = X.length, d = w.length;
    double[] errors = IntStream.range(0, n).mapToDouble(i -> NN.sigmoid(predict(w, b, X[i])) - y[i]).toArray();
    double[] grad = new double[d + 1];
    for (int j = 0; j < d; j++) {
        int col = j;
        grad[j] = IntStream.range(0, n).mapToDouble(i -> errors[i] * X[i][col]).sum() / n;
    }
    grad[d] = Arrays.stream(errors).average().orElse(0);
    return grad;
}
