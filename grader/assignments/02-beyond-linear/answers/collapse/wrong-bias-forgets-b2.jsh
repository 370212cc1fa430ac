// expect 2: the weights are right, the bias is W2 b1 without b2
double[][] collapseWeights(double[][] W1, double[][] W2) {
    int k = W2.length, h = W1.length, d = W1[0].length;
    double[][] W = new double[k][d];
    for (int r = 0; r < k; r++)
        for (int j = 0; j < d; j++)
            for (int m = 0; m < h; m++)
                W[r][j] += W2[r][m] * W1[m][j];
    return W;
}

double[] collapseBias(double[][] W2, double[] b1, double[] b2) {
    double[] b = new double[W2.length];
    for (int r = 0; r < W2.length; r++)
        for (int m = 0; m < b1.length; m++)
            b[r] += W2[r][m] * b1[m];
    return b;
}
