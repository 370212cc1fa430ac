// expect 2: never exponentiates a positive number; derivative as σ(z)·σ(-z)
double sigmoid(double z) {
    if (z >= 0) {
        return 1 / (1 + Math.exp(-z));
    }
    double e = Math.exp(z);
    return e / (1 + e);
}

double sigmoidPrime(double z) {
    return sigmoid(z) * sigmoid(-z);
}
