// expect 2: the mean of squared errors with a stream and Math.pow
double mseLoss(double[] w, double b, double[][] X, double[] y) {
    return IntStream.range(0, X.length).mapToDouble(i -> Math.pow(predict(w, b, X[i]) - y[i], 2)).average().orElse(0);
}
