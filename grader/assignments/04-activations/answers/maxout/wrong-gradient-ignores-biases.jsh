// expect 1: the gradient picks the piece with the larger w·x, forgetting the biases
double maxout(double[] x, double[] w1, double b1, double[] w2, double b2) {
    double z1 = b1, z2 = b2;
    for (int j = 0; j < x.length; j++) {
        z1 += w1[j] * x[j];
        z2 += w2[j] * x[j];
    }
    return Math.max(z1, z2);
}

double[] maxoutGradient(double[] x, double[] w1, double b1, double[] w2, double b2) {
    double z1 = 0, z2 = 0;
    for (int j = 0; j < x.length; j++) {
        z1 += w1[j] * x[j];
        z2 += w2[j] * x[j];
    }
    return (z2 > z1 ? w2 : w1).clone();
}
