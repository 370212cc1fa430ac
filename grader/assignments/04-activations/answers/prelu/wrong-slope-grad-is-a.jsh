// expect 2: prelu and preluPrime right; d prelu / d a returns the slope a instead of z
double prelu(double z, double a) {
    return z > 0 ? z : a * z;
}

double preluPrime(double z, double a) {
    return z > 0 ? 1 : a;
}

double preluSlopeGrad(double z, double a) {
    return z > 0 ? 0 : a;
}
