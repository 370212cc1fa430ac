// Evaluation helpers: predicted classes, accuracy, confusion matrix; no training here.
package org.nnworkbook.nn.train;

import org.nnworkbook.nn.Matrix;
import org.nnworkbook.nn.Model;
import org.nnworkbook.nn.loss.Loss;
import org.nnworkbook.nn.loss.Targets;

/**
 * How well a classifier does.
 *
 * <pre>{@code
 * jshell> Metrics.accuracy(net, xTest, yTest)
 * $1 ==> 0.9638888888888889
 * jshell> Metrics.confusionMatrix(net, xTest, yTest)
 * }</pre>
 *
 * Classes of outputs: the largest column when there are several (the same class for scores and for
 * their softmax). A single output column means nothing by itself: a logit is class 1 from 0, a
 * probability from 0.5, so for one column the loss the model was trained with decides, and the
 * overloads without a {@link Loss} refuse it rather than guess. Targets are class indices
 * {@code [n, 1]} or one-hot rows {@code [n, classes]}.
 */
public final class Metrics {
    private Metrics() {}

    /** The class each row of the model's output stands for: its largest column (see {@link #classesOf}). */
    public static int[] predictClasses(Model model, Matrix x) {
        return classesOf(model.forward(x));
    }

    /** The class each row stands for, as {@code loss} reads its predictions (a logit loss thresholds at 0). */
    public static int[] predictClasses(Model model, Loss loss, Matrix x) {
        return loss.predictedClasses(model.forward(x));
    }

    /**
     * The largest column of each row of {@code outputs [n, K]}, K ≥ 2. One column is refused: whether it is
     * class 1 from 0 (a logit) or from 0.5 (a probability) depends on the loss, so pass it to the overload
     * that takes one.
     */
    public static int[] classesOf(Matrix outputs) {
        if (outputs.cols() == 1) {
            throw new IllegalArgumentException("the model has one output column, which is class 1 from 0 if it is a"
                    + " logit and from 0.5 if it is a probability; name the loss it was trained with, e.g."
                    + " accuracy(model, bceWithLogits(), x, y) for a logit or accuracy(model, bce(), x, y) for a"
                    + " probability (the same for confusionMatrix and predictClasses)");
        }
        return outputs.argmaxPerRow();
    }

    /** Fraction of equal entries. */
    public static double accuracy(int[] predicted, int[] actual) {
        requireSameLength(predicted, actual);
        if (predicted.length == 0) {
            throw new IllegalArgumentException("accuracy of no examples is undefined; pass at least one");
        }
        int equal = 0;
        for (int i = 0; i < predicted.length; i++) {
            equal += predicted[i] == actual[i] ? 1 : 0;
        }
        return (double) equal / predicted.length;
    }

    /** Accuracy of a model with two or more output columns (the largest is the class); see {@link #classesOf}. */
    public static double accuracy(Model model, Matrix x, Matrix y) {
        return accuracy(predictClasses(model, x), Targets.classes(y));
    }

    /** Accuracy with the loss deciding what an output means (e.g. a logit's threshold is 0). */
    public static double accuracy(Model model, Loss loss, Matrix x, Matrix y) {
        return accuracy(predictClasses(model, loss, x), Targets.classes(y));
    }

    public static ConfusionMatrix confusionMatrix(int[] predicted, int[] actual, int classes) {
        requireSameLength(predicted, actual);
        return new ConfusionMatrix(predicted, actual, classes);
    }

    /** Confusion matrix of a model with two or more output columns; the number of classes is the output width. */
    public static ConfusionMatrix confusionMatrix(Model model, Matrix x, Matrix y) {
        Matrix out = model.forward(x);
        return confusionMatrix(classesOf(out), Targets.classes(y), out.cols());
    }

    /** Confusion matrix with the loss deciding the classes; a single output column gives 2 classes. */
    public static ConfusionMatrix confusionMatrix(Model model, Loss loss, Matrix x, Matrix y) {
        Matrix out = model.forward(x);
        return confusionMatrix(loss.predictedClasses(out), Targets.classes(y), Math.max(2, out.cols()));
    }

    private static void requireSameLength(int[] predicted, int[] actual) {
        if (predicted.length != actual.length) {
            throw new IllegalArgumentException("got " + predicted.length + " predictions for " + actual.length
                    + " targets; pass one prediction per example");
        }
    }
}
