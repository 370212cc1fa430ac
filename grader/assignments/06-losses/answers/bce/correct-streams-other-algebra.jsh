// expect 2: streams; the gradient written as -y/g + (1 - y)/(1 - g), over n
double bceLoss(double[] g, double[] y) {
    return -IntStream.range(0, g.length)
            .mapToDouble(i -> y[i] == 1 ? Math.log(g[i]) : Math.log(1 - g[i])).average().getAsDouble();
}

double[] bceGradient(double[] g, double[] y) {
    int n = g.length;
    return IntStream.range(0, n).mapToDouble(i -> (-y[i] / g[i] + (1 - y[i]) / (1 - g[i])) / n).toArray();
}
