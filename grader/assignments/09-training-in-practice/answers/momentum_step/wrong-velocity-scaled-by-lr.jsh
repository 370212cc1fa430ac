// expect 1: the other textbook form v = μv - ηg, θ += v: theta follows the same path, the velocity differs
void momentumStep(double[] theta, double[] grad, double[] velocity, double lr, double momentum) {
    for (int i = 0; i < theta.length; i++) {
        velocity[i] = momentum * velocity[i] - lr * grad[i];
        theta[i] += velocity[i];
    }
}
