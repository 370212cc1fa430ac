// expect 1: the loss is right; the gradient gives +1/n where g = y instead of 0
double l1Loss(double[] g, double[] y) {
    double sum = 0;
    for (int i = 0; i < g.length; i++) sum += Math.abs(g[i] - y[i]);
    return sum / g.length;
}

double[] l1Gradient(double[] g, double[] y) {
    double[] grad = new double[g.length];
    for (int i = 0; i < g.length; i++) grad[i] = (g[i] >= y[i] ? 1.0 : -1.0) / g.length;
    return grad;
}
