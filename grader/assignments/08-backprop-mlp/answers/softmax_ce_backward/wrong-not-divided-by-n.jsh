// expect 2: stable and right for one example, but forgets the 1/n of the mean
// Exercise 3: dL/dZ = (softmax(Z) - onehot(labels)) / n. Z [n][K], labels [n].
double[][] softmaxCrossEntropyGrad(double[][] Z, int[] labels) {
    double[][] dZ = new double[Z.length][];
    for (int i = 0; i < Z.length; i++) {
        double max = Arrays.stream(Z[i]).max().getAsDouble();
        double sum = Arrays.stream(Z[i]).map(v -> Math.exp(v - max)).sum();
        dZ[i] = new double[Z[i].length];
        for (int c = 0; c < Z[i].length; c++) dZ[i][c] = Math.exp(Z[i][c] - max) / sum - (c == labels[i] ? 1 : 0);
    }
    return dZ;
}
