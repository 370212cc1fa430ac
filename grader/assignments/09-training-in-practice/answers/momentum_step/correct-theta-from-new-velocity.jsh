// expect 2: the same update written with a local for the new velocity, and a stream over the indices
void momentumStep(double[] theta, double[] grad, double[] velocity, double lr, double momentum) {
    IntStream.range(0, theta.length).forEach(i -> {
        double v = momentum * velocity[i] + grad[i];
        velocity[i] = v;
        theta[i] = theta[i] - lr * v;
    });
}
