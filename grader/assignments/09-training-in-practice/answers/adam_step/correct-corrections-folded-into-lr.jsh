// expect 3: the bias corrections computed once per step, as in Kingma and Ba's Algorithm 1
void adamStep(double[] theta, double[] grad, double[] m, double[] v, int t,
              double lr, double beta1, double beta2, double eps) {
    double c1 = 1 - Math.pow(beta1, t), c2 = 1 - Math.pow(beta2, t);
    IntStream.range(0, theta.length).forEach(i -> {
        m[i] = beta1 * m[i] + (1 - beta1) * grad[i];
        v[i] = beta2 * v[i] + (1 - beta2) * grad[i] * grad[i];
        theta[i] -= lr * (m[i] / c1) / (Math.sqrt(v[i] / c2) + eps);
    });
}
