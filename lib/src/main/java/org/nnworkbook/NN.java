// The notebooks' one import: static factories that delegate to the library; no logic of its own.
package org.nnworkbook;

import java.util.Random;
import java.util.function.Supplier;
import org.nnworkbook.nn.Matrix;
import org.nnworkbook.nn.Model;
import org.nnworkbook.nn.RandomSource;
import org.nnworkbook.nn.Value;
import org.nnworkbook.nn.activations.ELU;
import org.nnworkbook.nn.activations.Identity;
import org.nnworkbook.nn.activations.LeakyReLU;
import org.nnworkbook.nn.activations.Maxout;
import org.nnworkbook.nn.activations.PReLU;
import org.nnworkbook.nn.activations.ReLU;
import org.nnworkbook.nn.activations.Sigmoid;
import org.nnworkbook.nn.activations.Sign;
import org.nnworkbook.nn.activations.Softmax;
import org.nnworkbook.nn.activations.Tanh;
import org.nnworkbook.nn.gradcheck.GradCheck;
import org.nnworkbook.nn.gradcheck.GradCheckReport;
import org.nnworkbook.nn.layers.Layer;
import org.nnworkbook.nn.layers.Linear;
import org.nnworkbook.nn.layers.Sequential;
import org.nnworkbook.nn.loss.BCELoss;
import org.nnworkbook.nn.loss.BCEWithLogitsLoss;
import org.nnworkbook.nn.loss.CrossEntropyLoss;
import org.nnworkbook.nn.loss.L1Loss;
import org.nnworkbook.nn.loss.Loss;
import org.nnworkbook.nn.loss.MSELoss;
import org.nnworkbook.nn.loss.NLLLoss;
import org.nnworkbook.nn.optim.Adam;
import org.nnworkbook.nn.optim.Optimizer;
import org.nnworkbook.nn.optim.SGD;
import org.nnworkbook.nn.train.ConfusionMatrix;
import org.nnworkbook.nn.train.Metrics;
import org.nnworkbook.nn.train.Trainer;

/**
 * Everything a notebook cell usually needs, after one {@code import static org.nnworkbook.NN.*;}.
 *
 * <pre>{@code
 * jshell> import static org.nnworkbook.NN.*;
 * jshell> manualSeed(42);
 * jshell> var net = mlp(ReLU::new, 2, 8, 1);
 * jshell> var x = matrix(new double[][] {{0, 0}, {0, 1}, {1, 0}, {1, 1}});
 * jshell> var y = column(0, 1, 1, 0);
 * jshell> var history = trainer(net, bceWithLogits(), adam(net, 0.05)).epochs(300).batchSize(4).fit(x, y);
 * }</pre>
 *
 * Each method only forwards to the class named in its comment, where the details are documented.
 */
public final class NN {
    private NN() {}

    // ---- randomness ----------------------------------------------------------------------------------

    /** Restarts the default random sequence ({@link RandomSource#manualSeed}), like {@code torch.manual_seed}. */
    public static void manualSeed(long seed) {
        RandomSource.manualSeed(seed);
    }

    // ---- matrices (Matrix) ---------------------------------------------------------------------------

    public static Matrix matrix(double[][] rows) {
        return Matrix.of(rows);
    }

    public static Matrix matrix(int rows, int cols, double... values) {
        return Matrix.of(rows, cols, values);
    }

    public static Matrix row(double... values) {
        return Matrix.row(values);
    }

    public static Matrix column(double... values) {
        return Matrix.column(values);
    }

    public static Matrix zeros(int rows, int cols) {
        return Matrix.zeros(rows, cols);
    }

    public static Matrix ones(int rows, int cols) {
        return Matrix.ones(rows, cols);
    }

    public static Matrix full(int rows, int cols, double value) {
        return Matrix.full(rows, cols, value);
    }

    public static Matrix eye(int n) {
        return Matrix.identity(n);
    }

    public static Matrix randn(int rows, int cols) {
        return Matrix.randn(rows, cols);
    }

    public static Matrix randn(int rows, int cols, long seed) {
        return Matrix.randn(rows, cols, seed);
    }

    public static Matrix uniform(int rows, int cols, double low, double high, long seed) {
        return Matrix.uniform(rows, cols, low, high, seed);
    }

    public static Matrix oneHot(int[] labels, int classes) {
        return Matrix.oneHot(labels, classes);
    }

    // ---- scalar autograd (Value) -------------------------------------------------------------------------

    public static Value value(double data) {
        return new Value(data);
    }

    public static Value value(double data, String label) {
        return new Value(data, label);
    }

    // ---- layers (layers, activations) ----------------------------------------------------------------------

    public static Linear linear(int in, int out) {
        return new Linear(in, out);
    }

    public static Linear linear(int in, int out, long seed) {
        return new Linear(in, out, seed);
    }

    public static Sequential sequential(Layer... layers) {
        return new Sequential(layers);
    }

    /** {@link Sequential#mlp(Supplier, int...)}: e.g. {@code mlp(ReLU::new, 64, 128, 10)}. */
    public static Sequential mlp(Supplier<? extends Layer> activation, int... sizes) {
        return Sequential.mlp(activation, sizes);
    }

    /** As {@link #mlp(Supplier, int...)} with initial weights from {@code seed}. */
    public static Sequential mlp(long seed, Supplier<? extends Layer> activation, int... sizes) {
        return Sequential.mlp(new Random(seed), activation, sizes);
    }

    public static ReLU relu() {
        return new ReLU();
    }

    public static Sigmoid sigmoid() {
        return new Sigmoid();
    }

    public static Tanh tanh() {
        return new Tanh();
    }

    public static LeakyReLU leakyRelu() {
        return new LeakyReLU();
    }

    public static LeakyReLU leakyRelu(double slope) {
        return new LeakyReLU(slope);
    }

    public static PReLU prelu() {
        return new PReLU();
    }

    public static ELU elu() {
        return new ELU();
    }

    public static Sign sign() {
        return new Sign();
    }

    public static Identity identity() {
        return new Identity();
    }

    public static Maxout maxout(int in, int out, int pieces) {
        return new Maxout(in, out, pieces);
    }

    // ---- functions of numbers and matrices ---------------------------------------------------------------

    /** σ(x) = 1 / (1 + e^-x), stable for any x. */
    public static double sigmoid(double x) {
        return Sigmoid.sigma(x);
    }

    public static double relu(double x) {
        return x > 0 ? x : 0.0;
    }

    /** Softmax of each row ({@link Softmax#rows}). */
    public static Matrix softmax(Matrix logits) {
        return Softmax.rows(logits);
    }

    // ---- losses (loss) ----------------------------------------------------------------------------------

    public static MSELoss mse() {
        return new MSELoss();
    }

    public static L1Loss l1() {
        return new L1Loss();
    }

    public static BCELoss bce() {
        return new BCELoss();
    }

    public static BCEWithLogitsLoss bceWithLogits() {
        return new BCEWithLogitsLoss();
    }

    public static CrossEntropyLoss crossEntropy() {
        return new CrossEntropyLoss();
    }

    public static NLLLoss nll() {
        return new NLLLoss();
    }

    // ---- optimisers (optim) ------------------------------------------------------------------------------

    public static SGD sgd(Layer model, double learningRate) {
        return new SGD(model.parameters(), learningRate);
    }

    public static SGD sgd(Layer model, double learningRate, double momentum) {
        return new SGD(model.parameters(), learningRate, momentum);
    }

    public static Adam adam(Layer model, double learningRate) {
        return new Adam(model.parameters(), learningRate);
    }

    // ---- training and evaluation (train) ---------------------------------------------------------------------

    /** A {@link Trainer}; chain {@code .epochs(..).batchSize(..).fit(x, y)}. */
    public static Trainer trainer(Layer model, Loss loss, Optimizer optimizer) {
        return new Trainer(model, loss, optimizer);
    }

    /** {@link Metrics#accuracy(Model, Matrix, Matrix)}: for two or more output columns (the largest is the class). */
    public static double accuracy(Model model, Matrix x, Matrix y) {
        return Metrics.accuracy(model, x, y);
    }

    /** Accuracy with the loss deciding the classes: {@code accuracy(net, bceWithLogits(), x, y)} for one logit. */
    public static double accuracy(Model model, Loss loss, Matrix x, Matrix y) {
        return Metrics.accuracy(model, loss, x, y);
    }

    /** {@link Metrics#confusionMatrix(Model, Matrix, Matrix)}: for two or more output columns. */
    public static ConfusionMatrix confusionMatrix(Model model, Matrix x, Matrix y) {
        return Metrics.confusionMatrix(model, x, y);
    }

    /** Confusion matrix with the loss deciding the classes (one output column: 2 classes). */
    public static ConfusionMatrix confusionMatrix(Model model, Loss loss, Matrix x, Matrix y) {
        return Metrics.confusionMatrix(model, loss, x, y);
    }

    // ---- gradient checking (gradcheck) -------------------------------------------------------------------------

    public static GradCheckReport gradCheck(Layer model, Loss loss, Matrix x, Matrix y) {
        return GradCheck.model(model, loss, x, y);
    }

    public static double relError(double a, double b) {
        return GradCheck.relativeError(a, b);
    }

    public static double relError(Matrix a, Matrix b) {
        return GradCheck.relativeError(a, b);
    }
}
