// expect 3: probabilities from the library's softmax of the whole batch, minus the one-hot rows, over n
// Exercise 3: dL/dZ = (softmax(Z) - onehot(labels)) / n. Z [n][K], labels [n].
double[][] softmaxCrossEntropyGrad(double[][] Z, int[] labels) {
    double[][] p = softmax(matrix(Z)).toArray();
    for (int i = 0; i < p.length; i++) {
        p[i][labels[i]] -= 1;
        for (int c = 0; c < p[i].length; c++) p[i][c] /= Z.length;
    }
    return p;
}
