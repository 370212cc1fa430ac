// expect 2: the library's Standardizer fitted on the training rows
double[][] standardize(double[][] train, double[][] x) {
    return Standardizer.fit(matrix(train)).transform(matrix(x)).toArray();
}
