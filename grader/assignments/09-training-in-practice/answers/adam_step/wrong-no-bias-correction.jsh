// expect 1: m and v right, but no bias correction: the first steps are far too small
void adamStep(double[] theta, double[] grad, double[] m, double[] v, int t,
              double lr, double beta1, double beta2, double eps) {
    for (int i = 0; i < theta.length; i++) {
        m[i] = beta1 * m[i] + (1 - beta1) * grad[i];
        v[i] = beta2 * v[i] + (1 - beta2) * grad[i] * grad[i];
        theta[i] -= lr * m[i] / (Math.sqrt(v[i]) + eps);
    }
}
