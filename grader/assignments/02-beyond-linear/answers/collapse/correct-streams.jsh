// expect 4: entries as stream sums; the bias written out, not through applyLayer
double[][] collapseWeights(double[][] W1, double[][] W2) {
    int d = W1[0].length;
    return Arrays.stream(W2)
            .map(row -> IntStream.range(0, d)
                    .mapToDouble(j -> IntStream.range(0, row.length).mapToDouble(m -> row[m] * W1[m][j]).sum())
                    .toArray())
            .toArray(double[][]::new);
}

double[] collapseBias(double[][] W2, double[] b1, double[] b2) {
    double[] b = b2.clone();
    for (int r = 0; r < W2.length; r++) {
        for (int m = 0; m < b1.length; m++) {
            b[r] += W2[r][m] * b1[m];
        }
    }
    return b;
}
