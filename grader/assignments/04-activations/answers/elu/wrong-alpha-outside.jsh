// expect 1: alpha·exp(z) - 1 instead of alpha·(exp(z) - 1); the derivative is right
double elu(double z, double alpha) {
    return z > 0 ? z : alpha * Math.exp(z) - 1;
}

double eluPrime(double z, double alpha) {
    return z > 0 ? 1 : alpha * Math.exp(z);
}
