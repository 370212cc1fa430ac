// expect 1: the loss forgets the (1 - y)·log(1 - g) term; the gradient is right
double bceLoss(double[] g, double[] y) {
    double sum = 0;
    for (int i = 0; i < g.length; i++) sum -= y[i] * Math.log(g[i]);
    return sum / g.length;
}

double[] bceGradient(double[] g, double[] y) {
    double[] grad = new double[g.length];
    for (int i = 0; i < g.length; i++) grad[i] = (g[i] - y[i]) / (g[i] * (1 - g[i])) / g.length;
    return grad;
}
