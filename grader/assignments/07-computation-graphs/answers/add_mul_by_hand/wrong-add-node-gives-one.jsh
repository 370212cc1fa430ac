// expect 1: forward pass right; df/dx and df/dy are the add node's local derivative 1, not multiplied by df/dq
// Exercise 1: f = (x + y)·z by hand. Returns {q, f, df/dx, df/dy, df/dz}.
double[] addMulByHand(double x, double y, double z) {
    double q = x + y;
    double f = q * z;
    return new double[] {q, f, 1.0, 1.0, q};
}
