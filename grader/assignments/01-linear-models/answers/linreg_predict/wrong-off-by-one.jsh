// expect 0: the loop starts at feature 1 and skips the first feature
double predict(double[] w, double b, double[] x) {
    double g = b;
    for (int j = 1; j < w.length; j++) {
        g += w[j] * x[j];
    }
    return g;
}
