// expect 2: counts with a stream over the corners; the label is x1 != x2
int cornersCorrect(double w1, double w2, double b) {
    double[][] corners = {{0, 0}, {0, 1}, {1, 0}, {1, 1}};
    return (int) Arrays.stream(corners)
            .filter(c -> (w1 * c[0] + w2 * c[1] + b > 0) == (c[0] != c[1]))
            .count();
}
