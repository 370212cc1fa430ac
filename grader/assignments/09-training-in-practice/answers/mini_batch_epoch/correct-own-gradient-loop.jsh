// expect 3: computes each batch's average gradient itself instead of calling gradient(...)
double[] miniBatchEpoch(double[] xs, double[] ys, double w, double b, int[] order, int batchSize, double lr) {
    int start = 0;
    while (start < order.length) {
        int end = Math.min(start + batchSize, order.length);
        double gw = 0, gb = 0;
        for (int k = start; k < end; k++) {
            double err = w * xs[order[k]] + b - ys[order[k]];
            gw += 2 * err * xs[order[k]];
            gb += 2 * err;
        }
        w -= lr * gw / (end - start);
        b -= lr * gb / (end - start);
        start = end;
    }
    return new double[] {w, b};
}
