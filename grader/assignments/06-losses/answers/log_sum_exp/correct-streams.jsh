// expect 2: the maximum and the sum with streams
double logSumExp(double[] z) {
    double m = Arrays.stream(z).max().getAsDouble();
    return m + Math.log(Arrays.stream(z).map(v -> Math.exp(v - m)).sum());
}
