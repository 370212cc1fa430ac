// expect 2: the two pieces with streams; the gradient copies the winner with Arrays.copyOf
double maxout(double[] x, double[] w1, double b1, double[] w2, double b2) {
    double z1 = b1 + IntStream.range(0, x.length).mapToDouble(j -> w1[j] * x[j]).sum();
    double z2 = b2 + IntStream.range(0, x.length).mapToDouble(j -> w2[j] * x[j]).sum();
    return Math.max(z1, z2);
}

double[] maxoutGradient(double[] x, double[] w1, double b1, double[] w2, double b2) {
    double z1 = b1 + IntStream.range(0, x.length).mapToDouble(j -> w1[j] * x[j]).sum();
    double z2 = b2 + IntStream.range(0, x.length).mapToDouble(j -> w2[j] * x[j]).sum();
    return Arrays.copyOf(z1 >= z2 ? w1 : w2, x.length);
}
