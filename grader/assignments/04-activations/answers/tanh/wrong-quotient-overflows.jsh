// expect 2: the plain quotient of exponentials is NaN once |z| > 709
double tanh(double z) {
    return (Math.exp(z) - Math.exp(-z)) / (Math.exp(z) + Math.exp(-z));
}

double tanhPrime(double z) {
    double t = tanh(z);
    return 1 - t * t;
}
