// expect 0: returns each segment's slope, not the change of slope at its knot
double[] reluOutputWeights(double[] knots, double[] heights) {
    int k = knots.length - 1;
    double[] v = new double[k];
    for (int j = 0; j < k; j++) {
        v[j] = (heights[j + 1] - heights[j]) / (knots[j + 1] - knots[j]);
    }
    return v;
}
