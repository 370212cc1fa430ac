// expect 3: the bits by division and remainder, the table with a stream
double[] carScores(int front, int left, int right) {
    return new double[] {20.0 * front - 10, 10.0 * left - 10, 10.0 * right - 10};
}

double[][] carTable() {
    return IntStream.range(0, 8).mapToObj(r -> softmax(carScores(r / 4, r / 2 % 2, r % 2))).toArray(double[][]::new);
}
