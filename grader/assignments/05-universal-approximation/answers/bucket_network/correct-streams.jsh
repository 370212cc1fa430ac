// expect 4: arrays built with streams and a steeper step (s = 200/Δ)
TwoLayerNet bucketNetwork(DoubleUnaryOperator f, double lo, double hi, int k) {
    double width = (hi - lo) / k, s = 200 / width;
    DoubleUnaryOperator centreValue = j -> f.applyAsDouble(lo + (j + 0.5) * width);
    double[] w = IntStream.range(1, k).mapToDouble(j -> s).toArray();
    double[] b = IntStream.range(1, k).mapToDouble(j -> -s * (lo + j * width)).toArray();
    double[] v = IntStream.range(1, k).mapToDouble(j -> centreValue.applyAsDouble(j) - centreValue.applyAsDouble(j - 1)).toArray();
    return new TwoLayerNet(w, b, v, centreValue.applyAsDouble(0));
}
