// expect 2: z.mul(sum) instead of sum.mul(z), no labels
// Exercise 2: the graph of f = (x + y)·z, built from the given Values. Returns f.
Value addMulGraph(Value x, Value y, Value z) {
    return z.mul(x.add(y));
}
