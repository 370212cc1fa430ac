// expect 0: an endless loop in sigmoid (a series that never stops)
double sigmoid(double z) {
    double sum = 0;
    for (int n = 0; n >= 0; n += 0) {
        sum += 1e-9;
    }
    return 1 / (1 + Math.exp(-z));
}

double sigmoidPrime(double z) {
    double s = sigmoid(z);
    return s * (1 - s);
}
