// expect 2: column statistics with streams, the variance as E[x²] - μ²
double[][] standardize(double[][] train, double[][] x) {
    int d = train[0].length;
    double[] mean = IntStream.range(0, d).mapToDouble(j -> Arrays.stream(train).mapToDouble(r -> r[j]).average().getAsDouble()).toArray();
    double[] std = IntStream.range(0, d).mapToDouble(j -> {
        double s = Math.sqrt(Arrays.stream(train).mapToDouble(r -> (r[j] - mean[j]) * (r[j] - mean[j])).average().getAsDouble());
        return s == 0 ? 1 : s;
    }).toArray();
    return Arrays.stream(x).map(r -> IntStream.range(0, d).mapToDouble(j -> (r[j] - mean[j]) / std[j]).toArray())
            .toArray(double[][]::new);
}
