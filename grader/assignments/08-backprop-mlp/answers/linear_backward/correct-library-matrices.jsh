// expect 4: the three products with the library's Matrix (Xᵀ·G, column sums, G·Wᵀ)
// Exercise 1: the linear layer's backward pass. X [n][in], W [in][out], G = dL/dZ [n][out].
double[][] linearGradW(double[][] X, double[][] G) {
    return matrix(X).transpose().matmul(matrix(G)).toArray();
}

double[] linearGradB(double[][] G) {
    return matrix(G).sum(0).data();
}

double[][] linearGradX(double[][] G, double[][] W) {
    return matrix(G).matmul(matrix(W).transpose()).toArray();
}
