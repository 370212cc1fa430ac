// expect 3: the quotient of exponentials, written with exp(-2|z|) so it never overflows
double tanh(double z) {
    double e = Math.exp(-2 * Math.abs(z));
    return Math.signum(z) * (1 - e) / (1 + e);
}

double tanhPrime(double z) {
    return 1 - Math.pow(tanh(z), 2);
}
