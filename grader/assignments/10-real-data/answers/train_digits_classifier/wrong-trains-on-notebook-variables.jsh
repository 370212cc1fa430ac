// expect 3: trains on the notebook's digitsTrain instead of its arguments (fine in the notebook, not on other data)
Model trainDigitsClassifier(Matrix xTrain, Matrix yTrain, long seed) {
    Sequential net = mlp(seed, ReLU::new, 64, 128, 10);
    trainer(net, crossEntropy(), adam(net, 0.003)).epochs(30).batchSize(32).seed(seed).fit(digitsTrain.x(), digitsTrain.y());
    return net;
}
