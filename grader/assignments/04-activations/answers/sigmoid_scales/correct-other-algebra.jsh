// expect 2: 1/σ'(0) = 4 divided by eps, and k = -logit(tol)/delta
double linearScale(double eps) {
    return 1 / (0.25 * eps);
}

double thresholdSteepness(double delta, double tol) {
    return -Math.log(tol / (1 - tol)) / delta;
}
