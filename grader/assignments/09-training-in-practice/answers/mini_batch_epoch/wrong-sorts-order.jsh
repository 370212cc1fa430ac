// expect 2: sorts the order in place before cutting batches (ignores the shuffle and changes the caller's array)
double[] miniBatchEpoch(double[] xs, double[] ys, double w, double b, int[] order, int batchSize, double lr) {
    Arrays.sort(order);
    for (int from = 0; from < order.length; from += batchSize) {
        double[] g = gradient(xs, ys, w, b, Arrays.copyOfRange(order, from, Math.min(from + batchSize, order.length)));
        w -= lr * g[0];
        b -= lr * g[1];
    }
    return new double[] {w, b};
}
