// expect 0: sign(0) = -1 instead of the library's +1
double sign(double z) {
    return z > 0 ? 1 : -1;
}

double signPrime(double z) {
    return 0;
}
