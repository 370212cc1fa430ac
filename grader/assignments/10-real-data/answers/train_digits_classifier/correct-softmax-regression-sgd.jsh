// expect 4: a linear softmax classifier trained with plain SGD and momentum
Model trainDigitsClassifier(Matrix xTrain, Matrix yTrain, long seed) {
    Linear model = linear(64, 10, seed);
    trainer(model, crossEntropy(), sgd(model, 0.05, 0.9)).epochs(30).batchSize(16).seed(seed).fit(xTrain, yTrain);
    return model;
}
