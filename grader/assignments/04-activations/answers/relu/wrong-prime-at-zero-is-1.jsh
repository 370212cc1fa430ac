// expect 1: reluPrime(0) = 1 (deck 002's choice), not the library's 0
double relu(double z) {
    return z > 0 ? z : 0;
}

double reluPrime(double z) {
    return z >= 0 ? 1 : 0;
}
