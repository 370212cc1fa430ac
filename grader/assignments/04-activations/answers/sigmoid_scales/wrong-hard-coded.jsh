// expect 1: linearScale returns the notebook's 40000 whatever eps is
double linearScale(double eps) {
    return 40000;
}

double thresholdSteepness(double delta, double tol) {
    return Math.log((1 - tol) / tol) / delta;
}
