// expect 1.5: the loss is right and stable; the gradient forgets the 1/n of the average (right for one example)
double crossEntropyLoss(double[][] z, int[] y) {
    double sum = 0;
    for (int i = 0; i < z.length; i++) sum += logSumExp(z[i]) - z[i][y[i]];
    return sum / z.length;
}

double[][] crossEntropyGradient(double[][] z, int[] y) {
    double[][] grad = new double[z.length][];
    for (int i = 0; i < z.length; i++) {
        double lse = logSumExp(z[i]);
        grad[i] = new double[z[i].length];
        for (int k = 0; k < z[i].length; k++) grad[i][k] = Math.exp(z[i][k] - lse) - (k == y[i] ? 1 : 0);
    }
    return grad;
}
