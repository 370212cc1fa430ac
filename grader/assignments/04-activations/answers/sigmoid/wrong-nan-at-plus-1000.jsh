// expect 0: exp(z) / (1 + exp(z)) is Infinity / Infinity = NaN for large z
double sigmoid(double z) {
    return Math.exp(z) / (1 + Math.exp(z));
}

double sigmoidPrime(double z) {
    double s = sigmoid(z);
    return s * (1 - s);
}
