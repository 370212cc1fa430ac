// expect 1: uses the statistics of x instead of the training rows (right only when x is the training rows)
double[][] standardize(double[][] train, double[][] x) {
    int n = x.length, d = x[0].length;
    double[] mean = new double[d], std = new double[d];
    for (double[] row : x) for (int j = 0; j < d; j++) mean[j] += row[j] / n;
    for (double[] row : x) for (int j = 0; j < d; j++) std[j] += (row[j] - mean[j]) * (row[j] - mean[j]) / n;
    for (int j = 0; j < d; j++) std[j] = std[j] == 0 ? 1 : Math.sqrt(std[j]);
    double[][] out = new double[n][d];
    for (int i = 0; i < n; i++) for (int j = 0; j < d; j++) out[i][j] = (x[i][j] - mean[j]) / std[j];
    return out;
}
