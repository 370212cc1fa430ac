// expect 2.5: BCE of σ(z) straight from the definition: right for small logits, Infinity/NaN at ±1000
double bceWithLogitsLoss(double[] z, double[] y) {
    double sum = 0;
    for (int i = 0; i < z.length; i++) {
        double g = sigmoid(z[i]);
        sum -= y[i] * Math.log(g) + (1 - y[i]) * Math.log(1 - g);
    }
    return sum / z.length;
}

double[] bceWithLogitsGradient(double[] z, double[] y) {
    double[] grad = new double[z.length];
    for (int i = 0; i < z.length; i++) grad[i] = (sigmoid(z[i]) - y[i]) / z.length;
    return grad;
}
