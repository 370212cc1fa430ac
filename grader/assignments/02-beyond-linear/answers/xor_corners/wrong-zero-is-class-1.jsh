// expect 1: a score of exactly 0 counts as class 1
int cornersCorrect(double w1, double w2, double b) {
    double[][] corners = {{0, 0}, {0, 1}, {1, 0}, {1, 1}};
    int[] labels = {0, 1, 1, 0};
    int correct = 0;
    for (int i = 0; i < 4; i++) {
        int predicted = w1 * corners[i][0] + w2 * corners[i][1] + b >= 0 ? 1 : 0;
        if (predicted == labels[i]) correct++;
    }
    return correct;
}
