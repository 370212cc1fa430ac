// expect 2: ReLU written with DoubleStream and IntStream, which come from the default imports (no import in the notebook)
double relu(double z) {
    return DoubleStream.of(0, z).max().getAsDouble();
}

double reluPrime(double z) {
    return IntStream.of(z > 0 ? 1 : 0).sum();
}
