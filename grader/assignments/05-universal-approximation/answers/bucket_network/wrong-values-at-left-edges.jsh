// expect 1: takes each bucket's value at its left edge instead of its centre; the steps are right
TwoLayerNet bucketNetwork(DoubleUnaryOperator f, double lo, double hi, int k) {
    double width = (hi - lo) / k;
    double s = 100 / width;
    double[] w = new double[k - 1], b = new double[k - 1], v = new double[k - 1];
    for (int j = 1; j < k; j++) {
        double edge = lo + j * width;
        w[j - 1] = s;
        b[j - 1] = -s * edge;
        v[j - 1] = f.applyAsDouble(edge) - f.applyAsDouble(edge - width);
    }
    return new TwoLayerNet(w, b, v, f.applyAsDouble(lo));
}
