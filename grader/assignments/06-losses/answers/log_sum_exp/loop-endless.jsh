// expect 0: an endless loop (the index is never increased); cross-entropy, built on it, must keep its points
double logSumExp(double[] z) {
    double m = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < z.length; ) m = Math.max(m, z[i]);
    double sum = 0;
    for (double v : z) sum += Math.exp(v - m);
    return m + Math.log(sum);
}
