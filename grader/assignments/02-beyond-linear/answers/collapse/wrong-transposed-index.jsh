// expect 1: the bias is right, the weights multiply W1 by W2 with swapped indices (a 2 x 2 example hides it)
double[][] collapseWeights(double[][] W1, double[][] W2) {
    int k = W2.length, d = W1[0].length;
    double[][] W = new double[k][d];
    for (int r = 0; r < k; r++)
        for (int j = 0; j < d; j++)
            for (int m = 0; m < Math.min(W1.length, d); m++)
                W[r][j] += W2[r][m] * W1[j][m];
    return W;
}

double[] collapseBias(double[][] W2, double[] b1, double[] b2) {
    return applyLayer(W2, b2, b1);
}
