// expect 2: the AND line x1 + x2 = 2 passes through (1, 1), right there only because sign(0) = +1
double[] andUnit() {
    return new double[] {1, 1, -2};
}

double[] orUnit() {
    return new double[] {1, 1, -0.5};
}

double[] nandUnit() {
    return new double[] {-1, -1, 1.5};
}
