// expect 2: all slopes first, then their changes (the first against a slope of 0)
double[] reluOutputWeights(double[] knots, double[] heights) {
    int k = knots.length - 1;                       // number of segments = number of hinges
    double[] v = new double[k];
    double[] slopes = IntStream.range(0, k)
            .mapToDouble(j -> (heights[j + 1] - heights[j]) / (knots[j + 1] - knots[j])).toArray();
    for (int j = 0; j < k; j++) {
        v[j] = slopes[j] - (j == 0 ? 0 : slopes[j - 1]);
    }
    return v;
}
