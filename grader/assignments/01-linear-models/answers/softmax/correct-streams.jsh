// expect 2: shift by the largest score with streams
double[] softmax(double[] z) {
    double max = Arrays.stream(z).max().getAsDouble();
    double[] e = Arrays.stream(z).map(v -> Math.exp(v - max)).toArray();
    double sum = Arrays.stream(e).sum();
    return Arrays.stream(e).map(v -> v / sum).toArray();
}
