// expect 1: forgets ReLU'(z): right while the unit is active, wrong (not 0) for a dead unit
// Exercise 3: the gradient of (ReLU(wᵀx) - y)² with respect to w.
double[] reluRegressorGrad(double[] w, double[] x, double y) {
    double g = Math.max(0, dot(w, x));
    double[] grad = new double[w.length];
    for (int j = 0; j < w.length; j++) grad[j] = x[j] * 2 * (g - y);
    return grad;
}
