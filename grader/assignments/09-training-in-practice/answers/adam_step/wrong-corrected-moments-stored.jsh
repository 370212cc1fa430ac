// expect 1: stores the bias-corrected m̂ and v̂ back into m and v, so later steps drift
void adamStep(double[] theta, double[] grad, double[] m, double[] v, int t,
              double lr, double beta1, double beta2, double eps) {
    for (int i = 0; i < theta.length; i++) {
        m[i] = (beta1 * m[i] + (1 - beta1) * grad[i]) / (1 - Math.pow(beta1, t));
        v[i] = (beta2 * v[i] + (1 - beta2) * grad[i] * grad[i]) / (1 - Math.pow(beta2, t));
        theta[i] -= lr * m[i] / (Math.sqrt(v[i]) + eps);
    }
}
