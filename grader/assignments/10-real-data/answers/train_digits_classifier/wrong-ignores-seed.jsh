// expect 3: a good network, but a fixed seed for the trainer's batch order and fresh randomness for the weights
Model trainDigitsClassifier(Matrix xTrain, Matrix yTrain, long seed) {
    Sequential net = mlp(System.nanoTime(), ReLU::new, 64, 128, 10);
    trainer(net, crossEntropy(), adam(net, 0.003)).epochs(30).batchSize(32).seed(1).fit(xTrain, yTrain);
    return net;
}
