// expect 2: max(0.1 z, z) as written in the table
double leakyRelu(double z) {
    return Math.max(0.1 * z, z);
}

double leakyReluPrime(double z) {
    return z <= 0 ? 0.1 : 1;
}
