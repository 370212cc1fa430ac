// expect 1: the value is right; leakyReluPrime(0) = 1 instead of the library's 0.1
double leakyRelu(double z) {
    return Math.max(0.1 * z, z);
}

double leakyReluPrime(double z) {
    return z >= 0 ? 1 : 0.1;
}
