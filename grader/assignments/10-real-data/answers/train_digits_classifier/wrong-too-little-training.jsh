// expect 1: one epoch with a tiny learning rate: far below the target accuracy, but the same seed gives the same model
Model trainDigitsClassifier(Matrix xTrain, Matrix yTrain, long seed) {
    Sequential net = mlp(seed, ReLU::new, 64, 16, 10);
    trainer(net, crossEntropy(), sgd(net, 0.0005)).epochs(1).batchSize(64).seed(seed).fit(xTrain, yTrain);
    return net;
}
