// expect 2: right, except that exp without the max shift gives NaN at scores of ±1000
// Exercise 3: dL/dZ = (softmax(Z) - onehot(labels)) / n. Z [n][K], labels [n].
double[][] softmaxCrossEntropyGrad(double[][] Z, int[] labels) {
    double[][] dZ = new double[Z.length][];
    for (int i = 0; i < Z.length; i++) {
        double sum = Arrays.stream(Z[i]).map(Math::exp).sum();
        dZ[i] = new double[Z[i].length];
        for (int c = 0; c < Z[i].length; c++) dZ[i][c] = (Math.exp(Z[i][c]) / sum - (c == labels[i] ? 1 : 0)) / Z.length;
    }
    return dZ;
}
