// expect 1: the graph is right but it calls backward() itself, so the check's backward() doubles every gradient
// Exercise 2: the graph of f = (x + y)·z, built from the given Values. Returns f.
Value addMulGraph(Value x, Value y, Value z) {
    Value f = x.add(y).mul(z);
    f.backward();
    return f;
}
