// expect 0: shifts by the minimum, so exp overflows when the entries are far apart
double logSumExp(double[] z) {
    double m = Arrays.stream(z).min().getAsDouble();
    return m + Math.log(Arrays.stream(z).map(v -> Math.exp(v - m)).sum());
}
