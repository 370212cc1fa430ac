// expect 4: streams over the indices, every entry a sum over the batch or over the outputs
// Exercise 1: the linear layer's backward pass. X [n][in], W [in][out], G = dL/dZ [n][out].
double[][] linearGradW(double[][] X, double[][] G) {
    return IntStream.range(0, X[0].length).mapToObj(k -> IntStream.range(0, G[0].length)
            .mapToDouble(j -> IntStream.range(0, X.length).mapToDouble(i -> X[i][k] * G[i][j]).sum()).toArray())
            .toArray(double[][]::new);
}

double[] linearGradB(double[][] G) {
    return IntStream.range(0, G[0].length).mapToDouble(j -> Arrays.stream(G).mapToDouble(r -> r[j]).sum()).toArray();
}

double[][] linearGradX(double[][] G, double[][] W) {
    return Arrays.stream(G).map(g -> Arrays.stream(W)
            .mapToDouble(w -> IntStream.range(0, g.length).mapToDouble(j -> g[j] * w[j]).sum()).toArray())
            .toArray(double[][]::new);
}
