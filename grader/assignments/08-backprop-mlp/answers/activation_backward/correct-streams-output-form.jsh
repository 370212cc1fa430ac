// expect 2: streams; σ' from the output as a(1 - a); ReLU through Math.signum
// Exercise 2: dL/dZ = dL/dA ⊙ f'(Z) for the sigmoid and for ReLU. Z, dA [n][m].
double[][] sigmoidBackward(double[][] Z, double[][] dA) {
    return IntStream.range(0, Z.length).mapToObj(i -> IntStream.range(0, Z[i].length).mapToDouble(j -> {
        double a = sigmoid(Z[i][j]);
        return dA[i][j] * a * (1 - a);
    }).toArray()).toArray(double[][]::new);
}

double[][] reluBackward(double[][] Z, double[][] dA) {
    return IntStream.range(0, Z.length).mapToObj(i -> IntStream.range(0, Z[i].length)
            .mapToDouble(j -> dA[i][j] * Math.max(0, Math.signum(Z[i][j]))).toArray()).toArray(double[][]::new);
}
