// expect 3: the positive part plus a times the negative part
double prelu(double z, double a) {
    return Math.max(0, z) + a * Math.min(0, z);
}

double preluPrime(double z, double a) {
    return z > 0 ? 1 : a;
}

double preluSlopeGrad(double z, double a) {
    return Math.min(0, z);
}
