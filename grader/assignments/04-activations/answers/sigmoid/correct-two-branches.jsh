// expect 2: sigmoid with a branch per sign so exp never overflows; derivative as sigmoid(z) * sigmoid(-z)
double sigmoid(double z) {
    if (z >= 0) {
        return 1.0 / (1.0 + Math.exp(-z));
    }
    double e = Math.exp(z);
    return e / (1.0 + e);
}

double sigmoidPrime(double z) {
    return sigmoid(z) * sigmoid(-z);
}
