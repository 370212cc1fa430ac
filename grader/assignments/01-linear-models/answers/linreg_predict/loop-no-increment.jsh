// expect 0: the loop never increments j, so predict never returns
double predict(double[] w, double b, double[] x) {
    double g = b;
    for (int j = 0; j < w.length; ) {
        g += w[j] * x[j];
    }
    return g;
}
