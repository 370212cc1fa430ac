// expect 2: XOR_NET's hidden layer with the output unit negated
SignNetwork xnorNetwork() {
    return new SignNetwork(new double[][] {{1, 1}, {1, 1}}, new double[] {-1.5, -0.5}, new double[] {1, -1}, 0.5);
}
