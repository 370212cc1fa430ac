// expect 0: a forward difference instead of a central one
double centralDifference(DoubleUnaryOperator f, double x, double h) {
    return (f.applyAsDouble(x + h) - f.applyAsDouble(x)) / h;
}
