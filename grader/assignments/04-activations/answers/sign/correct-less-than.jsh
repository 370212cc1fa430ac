// expect 1: z < 0 ? -1 : 1 sends 0 to +1; the derivative written 0.0
double sign(double z) {
    return z < 0 ? -1 : 1;
}

double signPrime(double z) {
    return 0.0;
}
