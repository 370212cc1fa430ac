// expect 0: steps along the gradient instead of against it
double[] gdStep(double[] w, double b, double[][] X, double[] y, double lr) {
    double[] grad = mseGradient(w, b, X, y);
    double[] next = new double[w.length + 1];
    for (int j = 0; j < w.length; j++) {
        next[j] = w[j] + lr * grad[j];
    }
    next[w.length] = b + lr * grad[w.length];
    return next;
}
