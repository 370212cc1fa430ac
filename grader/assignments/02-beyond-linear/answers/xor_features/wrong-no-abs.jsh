// expect 0: forgets the absolute value
double[] phi(double[] x) {
    return new double[] {1, x[0] - x[1]};
}
