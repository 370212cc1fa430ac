// expect 3: dW and dX right; db averages G's columns instead of summing them
// Exercise 1: the linear layer's backward pass. X [n][in], W [in][out], G = dL/dZ [n][out].
double[][] linearGradW(double[][] X, double[][] G) {
    double[][] dW = new double[X[0].length][G[0].length];
    for (int i = 0; i < X.length; i++)
        for (int k = 0; k < X[0].length; k++)
            for (int j = 0; j < G[0].length; j++) dW[k][j] += X[i][k] * G[i][j];
    return dW;
}

double[] linearGradB(double[][] G) {
    double[] db = new double[G[0].length];
    for (double[] row : G)
        for (int j = 0; j < row.length; j++) db[j] += row[j] / G.length;
    return db;
}

double[][] linearGradX(double[][] G, double[][] W) {
    double[][] dX = new double[G.length][W.length];
    for (int i = 0; i < G.length; i++)
        for (int k = 0; k < W.length; k++)
            for (int j = 0; j < G[0].length; j++) dX[i][k] += G[i][j] * W[k][j];
    return dX;
}
