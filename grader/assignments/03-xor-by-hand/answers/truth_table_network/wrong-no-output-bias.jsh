// expect 1: the detectors are right, but the output bias is 0 instead of k - 1
SignNetwork truthTableNetwork(int[] table) {
    int d = inputsOf(table);
    List<double[]> rows = new ArrayList<>();
    List<Double> biases = new ArrayList<>();
    for (int r = 0; r < table.length; r++) {
        if (table[r] != 1) continue;
        double[] p = corner(r, d);
        double[] wk = new double[d];
        int ones = 0;
        for (int j = 0; j < d; j++) {
            wk[j] = p[j] == 1 ? 1 : -1;
            ones += (int) p[j];
        }
        rows.add(wk);
        biases.add(0.5 - ones);
    }
    double[] w2 = new double[rows.size()];
    Arrays.fill(w2, 1.0);
    return new SignNetwork(rows.toArray(new double[0][]), biases.stream().mapToDouble(Double::doubleValue).toArray(), w2, 0);
}
