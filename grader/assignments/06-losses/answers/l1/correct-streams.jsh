// expect 2: loss and gradient with IntStream, the kink through a comparison instead of Math.signum
double l1Loss(double[] g, double[] y) {
    return IntStream.range(0, g.length).mapToDouble(i -> Math.abs(g[i] - y[i])).average().orElse(0);
}

double[] l1Gradient(double[] g, double[] y) {
    int n = g.length;
    return IntStream.range(0, n).mapToDouble(i -> g[i] > y[i] ? 1.0 / n : g[i] < y[i] ? -1.0 / n : 0.0).toArray();
}
