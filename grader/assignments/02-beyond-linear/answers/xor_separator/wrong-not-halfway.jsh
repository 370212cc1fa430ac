// expect 1: separates the corners, but the boundary sits at |x1 - x2| = 0.2
double[] separatingWeights() {
    return new double[] {-0.2, 1};
}
