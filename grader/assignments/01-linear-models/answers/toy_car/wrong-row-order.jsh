// expect 1: right scores, but the table takes x3 as the most significant bit
double[] carScores(int front, int left, int right) {
    return new double[] {20 * front - 10, 10 * left - 10, 10 * right - 10};
}

double[][] carTable() {
    double[][] table = new double[8][];
    for (int row = 0; row < 8; row++) {
        table[row] = softmax(carScores(row & 1, (row >> 1) & 1, (row >> 2) & 1));
    }
    return table;
}
