// expect 2: Math.expm1 for exp(z) - 1, and the derivative as elu + alpha on the left
double elu(double z, double alpha) {
    return z > 0 ? z : alpha * Math.expm1(z);
}

double eluPrime(double z, double alpha) {
    return z > 0 ? 1 : elu(z, alpha) + alpha;
}
