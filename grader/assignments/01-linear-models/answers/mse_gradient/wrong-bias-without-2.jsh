// expect 2: the weight entries are right, the bias entry forgets the factor 2
double[] mseGradient(double[] w, double b, double[][] X, double[] y) {
    int n = X.length, d = w.length;
    double[] grad = new double[d + 1];
    for (int i = 0; i < n; i++) {
        double error = predict(w, b, X[i]) - y[i];
        for (int j = 0; j < d; j++) {
            grad[j] += 2 * error * X[i][j] / n;
        }
        grad[d] += error / n;
    }
    return grad;
}
