// expect 1: right numbers, but written into w itself (the caller's weights change)
// Exercise 3: the gradient of (ReLU(wᵀx) - y)² with respect to w.
double[] reluRegressorGrad(double[] w, double[] x, double y) {
    double z = dot(w, x);
    double dLdz = z > 0 ? 2 * (z - y) : 0;
    for (int j = 0; j < w.length; j++) w[j] = x[j] * dLdz;
    return w;
}
