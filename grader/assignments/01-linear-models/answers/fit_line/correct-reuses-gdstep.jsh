// expect 3: turns xs into one-feature rows and repeats gdStep
double[] fitLine(double[] xs, double[] ys, double lr, int steps) {
    double[][] rows = Arrays.stream(xs).mapToObj(x -> new double[] {x}).toArray(double[][]::new);
    double[] params = {0, 0};
    for (int step = 0; step < steps; step++) {
        params = gdStep(new double[] {params[0]}, params[1], rows, ys, lr);
    }
    return params;
}
