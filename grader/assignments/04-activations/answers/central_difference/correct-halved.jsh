// expect 1: the same quotient written as half the difference divided by h
double centralDifference(DoubleUnaryOperator f, double x, double h) {
    double up = f.applyAsDouble(x + h), down = f.applyAsDouble(x - h);
    return 0.5 * (up - down) / h;
}
