// expect 1: the loss is the sum, not the average; the gradient is right
double mseLoss(double[] g, double[] y) {
    double sum = 0;
    for (int i = 0; i < g.length; i++) sum += (g[i] - y[i]) * (g[i] - y[i]);
    return sum;
}

double[] mseGradient(double[] g, double[] y) {
    double[] grad = new double[g.length];
    for (int i = 0; i < g.length; i++) grad[i] = 2 * (g[i] - y[i]) / g.length;
    return grad;
}
