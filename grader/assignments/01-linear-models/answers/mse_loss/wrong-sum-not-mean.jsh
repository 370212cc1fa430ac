// expect 0: adds the squared errors up but forgets to divide by n
double mseLoss(double[] w, double b, double[][] X, double[] y) {
    double sum = 0;
    for (int i = 0; i < X.length; i++) {
        double error = predict(w, b, X[i]) - y[i];
        sum += error * error;
    }
    return sum;
}
