// expect 3: the library's Math.tanh (the text allows it; the exercise is about the derivative and large z)
double tanh(double z) {
    return Math.tanh(z);
}

double tanhPrime(double z) {
    double t = Math.tanh(z);
    return 1 - t * t;
}
