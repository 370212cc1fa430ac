// expect 1: the formula taken literally gives NaN (0 · log 0) for perfect predictions
double bceLoss(double[] p, double[] y) {
    double sum = 0;
    for (int i = 0; i < p.length; i++) {
        sum += y[i] * Math.log(p[i]) + (1 - y[i]) * Math.log(1 - p[i]);
    }
    return -sum / p.length;
}
