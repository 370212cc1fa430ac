// expect 0: moves theta with the old velocity, then updates the velocity
void momentumStep(double[] theta, double[] grad, double[] velocity, double lr, double momentum) {
    for (int i = 0; i < theta.length; i++) {
        theta[i] -= lr * velocity[i];
        velocity[i] = momentum * velocity[i] + grad[i];
    }
}
