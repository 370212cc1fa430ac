// expect 3: other weights, the same three lines
double[] andUnit() {
    return new double[] {2, 2, -3};
}

double[] orUnit() {
    return new double[] {2, 2, -1};
}

double[] nandUnit() {
    return new double[] {-2, -2, 3};
}
