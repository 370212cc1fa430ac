// expect 2: the full formula with both terms, skipping a term whose factor is 0
double bceLoss(double[] p, double[] y) {
    double sum = 0;
    for (int i = 0; i < p.length; i++) {
        if (y[i] != 0) sum += y[i] * Math.log(p[i]);
        if (y[i] != 1) sum += (1 - y[i]) * Math.log(1 - p[i]);
    }
    return -sum / p.length;
}
