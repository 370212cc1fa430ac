// expect 1: the loss is right; the gradient forgets the factor 2 of the square
double mseLoss(double[] g, double[] y) {
    double sum = 0;
    for (int i = 0; i < g.length; i++) sum += (g[i] - y[i]) * (g[i] - y[i]);
    return sum / g.length;
}

double[] mseGradient(double[] g, double[] y) {
    double[] grad = new double[g.length];
    for (int i = 0; i < g.length; i++) grad[i] = (g[i] - y[i]) / g.length;
    return grad;
}
