// expect 4: counts the 1-rows first, then fills arrays; weights ±2 and biases scaled to match
SignNetwork truthTableNetwork(int[] table) {
    int d = inputsOf(table);
    int k = (int) Arrays.stream(table).filter(v -> v == 1).count();
    double[][] w1 = new double[k][d];
    double[] b1 = new double[k], w2 = new double[k];
    int unit = 0;
    for (int r = 0; r < table.length; r++) {
        if (table[r] == 0) continue;
        double[] p = corner(r, d);
        double ones = 0;
        for (int j = 0; j < d; j++) {
            w1[unit][j] = 4 * p[j] - 2;
            ones += p[j];
        }
        b1[unit] = 1 - 2 * ones;
        w2[unit] = 1;
        unit++;
    }
    return new SignNetwork(w1, b1, w2, k - 1.0);
}
