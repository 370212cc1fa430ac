// expect 1: subtracts z[0], which is not always the largest score
double[] softmax(double[] z) {
    double[] p = new double[z.length];
    double sum = 0;
    for (int k = 0; k < z.length; k++) {
        p[k] = Math.exp(z[k] - z[0]);
        sum += p[k];
    }
    for (int k = 0; k < z.length; k++) p[k] /= sum;
    return p;
}
