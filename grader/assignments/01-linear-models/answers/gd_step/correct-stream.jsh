// expect 2: the update for every entry at once, since b sits last in both arrays
double[] gdStep(double[] w, double b, double[][] X, double[] y, double lr) {
    double[] grad = mseGradient(w, b, X, y);
    double[] params = Arrays.copyOf(w, w.length + 1);
    params[w.length] = b;
    return IntStream.range(0, params.length).mapToDouble(j -> params[j] - lr * grad[j]).toArray();
}
