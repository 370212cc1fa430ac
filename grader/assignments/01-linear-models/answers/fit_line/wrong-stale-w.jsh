// expect 1: updates w before computing b's gradient, so b's gradient uses the new w
double[] fitLine(double[] xs, double[] ys, double lr, int steps) {
    double w = 0, b = 0;
    int n = xs.length;
    for (int step = 0; step < steps; step++) {
        double gradW = 0;
        for (int i = 0; i < n; i++) gradW += 2 * (w * xs[i] + b - ys[i]) * xs[i] / n;
        w -= lr * gradW;
        double gradB = 0;
        for (int i = 0; i < n; i++) gradB += 2 * (w * xs[i] + b - ys[i]) / n;
        b -= lr * gradB;
    }
    return new double[] {w, b};
}
