// expect 0: divides by n - 1 (sample standard deviation) where the text says n
double[][] standardize(double[][] train, double[][] x) {
    int n = train.length, d = train[0].length;
    double[] mean = new double[d], std = new double[d];
    for (double[] row : train) for (int j = 0; j < d; j++) mean[j] += row[j] / n;
    for (double[] row : train) for (int j = 0; j < d; j++) std[j] += (row[j] - mean[j]) * (row[j] - mean[j]) / (n - 1);
    for (int j = 0; j < d; j++) std[j] = std[j] == 0 || Double.isNaN(std[j]) ? 1 : Math.sqrt(std[j]);
    double[][] out = new double[x.length][d];
    for (int i = 0; i < x.length; i++) for (int j = 0; j < d; j++) out[i][j] = (x[i][j] - mean[j]) / std[j];
    return out;
}
