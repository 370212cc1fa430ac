// expect 0: steepness 2/Δ, so each step is a slow ramp across several buckets
TwoLayerNet bucketNetwork(DoubleUnaryOperator f, double lo, double hi, int k) {
    double width = (hi - lo) / k;
    double s = 2 / width;
    double[] w = new double[k - 1], b = new double[k - 1], v = new double[k - 1];
    for (int j = 1; j < k; j++) {
        double edge = lo + j * width;
        double centre = lo + (j + 0.5) * width;
        w[j - 1] = s;
        b[j - 1] = -s * edge;
        v[j - 1] = f.applyAsDouble(centre) - f.applyAsDouble(centre - width);
    }
    return new TwoLayerNet(w, b, v, f.applyAsDouble(lo + 0.5 * width));
}
