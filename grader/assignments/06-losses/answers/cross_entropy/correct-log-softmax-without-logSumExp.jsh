// expect 3: its own stable log-softmax (not calling logSumExp), streams, the gradient from the probabilities
double crossEntropyLoss(double[][] z, int[] y) {
    return IntStream.range(0, z.length).mapToDouble(i -> {
        double max = Arrays.stream(z[i]).max().getAsDouble();
        double sum = Arrays.stream(z[i]).map(v -> Math.exp(v - max)).sum();
        return -(z[i][y[i]] - max - Math.log(sum));
    }).average().getAsDouble();
}

double[][] crossEntropyGradient(double[][] z, int[] y) {
    double[][] grad = new double[z.length][];
    for (int i = 0; i < z.length; i++) {
        double[] p = softmax(row(z[i])).data();
        grad[i] = new double[p.length];
        for (int k = 0; k < p.length; k++) grad[i][k] = (p[k] - (k == y[i] ? 1 : 0)) / z.length;
    }
    return grad;
}
