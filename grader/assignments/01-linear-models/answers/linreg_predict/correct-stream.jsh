// expect 2: the weighted sum with IntStream instead of a loop
double predict(double[] w, double b, double[] x) {
    return b + IntStream.range(0, w.length).mapToDouble(j -> w[j] * x[j]).sum();
}
