// expect 2: twice the instructor's weights, the same rule
double[] separatingWeights() {
    return new double[] {-1, 2};
}
