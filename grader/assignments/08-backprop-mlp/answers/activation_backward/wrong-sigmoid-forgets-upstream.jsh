// expect 1: ReLU right; sigmoidBackward returns σ'(Z) without multiplying by dA
// Exercise 2: dL/dZ = dL/dA ⊙ f'(Z) for the sigmoid and for ReLU. Z, dA [n][m].
double[][] sigmoidBackward(double[][] Z, double[][] dA) {
    double[][] dZ = new double[Z.length][];
    for (int i = 0; i < Z.length; i++) {
        dZ[i] = new double[Z[i].length];
        for (int j = 0; j < Z[i].length; j++) {
            double s = sigmoid(Z[i][j]);
            dZ[i][j] = s * (1 - s);
        }
    }
    return dZ;
}

double[][] reluBackward(double[][] Z, double[][] dA) {
    double[][] dZ = new double[Z.length][];
    for (int i = 0; i < Z.length; i++) {
        dZ[i] = new double[Z[i].length];
        for (int j = 0; j < Z[i].length; j++) dZ[i][j] = Z[i][j] > 0 ? dA[i][j] : 0.0;
    }
    return dZ;
}
