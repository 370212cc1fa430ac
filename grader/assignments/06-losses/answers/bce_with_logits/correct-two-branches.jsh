// expect 3: other algebra, one branch per sign of z, and its own stable sigmoid
double bceWithLogitsLoss(double[] z, double[] y) {
    double sum = 0;
    for (int i = 0; i < z.length; i++) {
        sum += z[i] >= 0 ? z[i] * (1 - y[i]) + Math.log1p(Math.exp(-z[i])) : -z[i] * y[i] + Math.log1p(Math.exp(z[i]));
    }
    return sum / z.length;
}

double[] bceWithLogitsGradient(double[] z, double[] y) {
    return IntStream.range(0, z.length).mapToDouble(i -> {
        double s = z[i] >= 0 ? 1 / (1 + Math.exp(-z[i])) : Math.exp(z[i]) / (1 + Math.exp(z[i]));
        return (s - y[i]) / z.length;
    }).toArray();
}
