// expect 0: sigmoid never returns (an endless loop); tanh, built on it, and the check cells that call it must not cost other exercises
double sigmoid(double z) {
    while (true) {
        z = z + 1;
    }
}

double sigmoidPrime(double z) {
    double s = sigmoid(z);
    return s * (1 - s);
}
