// expect 2: skips the last batch when it is shorter than batchSize
double[] miniBatchEpoch(double[] xs, double[] ys, double w, double b, int[] order, int batchSize, double lr) {
    for (int from = 0; from + batchSize <= order.length; from += batchSize) {
        double[] g = gradient(xs, ys, w, b, Arrays.copyOfRange(order, from, from + batchSize));
        w -= lr * g[0];
        b -= lr * g[1];
    }
    return new double[] {w, b};
}
