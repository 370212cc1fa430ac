// expect 1: subtracts the smallest score, so a large spread still overflows
double[] softmax(double[] z) {
    double min = Arrays.stream(z).min().getAsDouble();
    double[] e = Arrays.stream(z).map(v -> Math.exp(v - min)).toArray();
    double sum = Arrays.stream(e).sum();
    return Arrays.stream(e).map(v -> v / sum).toArray();
}
