// expect 0: sums the examples' gradients instead of averaging them
double[] mseGradient(double[] w, double b, double[][] X, double[] y) {
    int d = w.length;
    double[] grad = new double[d + 1];
    for (int i = 0; i < X.length; i++) {
        double error = predict(w, b, X[i]) - y[i];
        for (int j = 0; j < d; j++) {
            grad[j] += 2 * error * X[i][j];
        }
        grad[d] += 2 * error;
    }
    return grad;
}
