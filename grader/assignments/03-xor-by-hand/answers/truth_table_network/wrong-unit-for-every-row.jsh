// expect 3: right outputs, but one hidden unit for every row (0-rows get output weight 0)
SignNetwork truthTableNetwork(int[] table) {
    int d = inputsOf(table), n = table.length;
    double[][] w1 = new double[n][d];
    double[] b1 = new double[n], w2 = new double[n];
    int k = 0;
    for (int r = 0; r < n; r++) {
        double[] p = corner(r, d);
        int ones = 0;
        for (int j = 0; j < d; j++) {
            w1[r][j] = p[j] == 1 ? 1 : -1;
            ones += (int) p[j];
        }
        b1[r] = 0.5 - ones;
        w2[r] = table[r];
        k += table[r];
    }
    // a unit with w2 = 0 adds nothing; the others add ±1 as before
    return new SignNetwork(w1, b1, w2, k - 1.0);
}
