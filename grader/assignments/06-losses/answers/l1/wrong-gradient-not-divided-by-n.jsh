// expect 1: the loss is right; the gradient is sign(g - y) without the 1/n of the average
double l1Loss(double[] g, double[] y) {
    double sum = 0;
    for (int i = 0; i < g.length; i++) sum += Math.abs(g[i] - y[i]);
    return sum / g.length;
}

double[] l1Gradient(double[] g, double[] y) {
    double[] grad = new double[g.length];
    for (int i = 0; i < g.length; i++) grad[i] = Math.signum(g[i] - y[i]);
    return grad;
}
