// expect 1: the loss is right; the gradient has the wrong sign (y - g instead of g - y)
double bceLoss(double[] g, double[] y) {
    double sum = 0;
    for (int i = 0; i < g.length; i++) sum -= y[i] * Math.log(g[i]) + (1 - y[i]) * Math.log(1 - g[i]);
    return sum / g.length;
}

double[] bceGradient(double[] g, double[] y) {
    double[] grad = new double[g.length];
    for (int i = 0; i < g.length; i++) grad[i] = (y[i] - g[i]) / (g[i] * (1 - g[i])) / g.length;
    return grad;
}
