// expect 2: the five numbers written straight into the array
// Exercise 1: f = (x + y)·z by hand. Returns {q, f, df/dx, df/dy, df/dz}.
double[] addMulByHand(double x, double y, double z) {
    return new double[] {x + y, (x + y) * z, z, z, x + y};
}
