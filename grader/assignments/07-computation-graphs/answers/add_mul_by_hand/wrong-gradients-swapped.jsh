// expect 1: forward pass right; the multiply node hands each operand itself (df/dz = z, df/dq = q)
// Exercise 1: f = (x + y)·z by hand. Returns {q, f, df/dx, df/dy, df/dz}.
double[] addMulByHand(double x, double y, double z) {
    double q = x + y;
    double f = q * z;
    double dQ = q;
    double dZ = z;
    return new double[] {q, f, dQ, dQ, dZ};
}
