// expect 2: streams and Math.pow, the gradient written as (2/n)(g - y)
double mseLoss(double[] g, double[] y) {
    return IntStream.range(0, g.length).mapToDouble(i -> Math.pow(g[i] - y[i], 2)).sum() / g.length;
}

double[] mseGradient(double[] g, double[] y) {
    double scale = 2.0 / g.length;
    return IntStream.range(0, g.length).mapToDouble(i -> scale * (g[i] - y[i])).toArray();
}
