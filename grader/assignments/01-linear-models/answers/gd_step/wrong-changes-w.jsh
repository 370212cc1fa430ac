// expect 1: right values, but writes the new weights into the caller's w
double[] gdStep(double[] w, double b, double[][] X, double[] y, double lr) {
    double[] grad = mseGradient(w, b, X, y);
    for (int j = 0; j < w.length; j++) {
        w[j] -= lr * grad[j];
    }
    double[] next = Arrays.copyOf(w, w.length + 1);
    next[w.length] = b - lr * grad[w.length];
    return next;
}
