// expect 0: the output unit uses the OR unit's bias -0.5, made for 0/1 inputs, not ±1
SignNetwork xnorNetwork() {
    return new SignNetwork(new double[][] {{1, 1}, {-1, -1}}, new double[] {-1.5, 0.5}, new double[] {1, 1}, -0.5);
}
