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
 * Classes of outputs: the largest column when there are several; with a single output column, class
 * 1 where the output is {@code >= 0.5} (a probability). For a model that outputs a raw score use the
 * overloads taking the {@link Loss}, which know the right threshold. Targets are class indices
 * {@code [n, 1]} or one-hot rows {@code [n, classes]}.
 */
public final class Metrics {
    private Metrics() {}

    /** The class each row of the model's output stands for. */
    public static int[] predictClasses(Model model, Matrix x) {
        return classesOf(model.forward(x));
    }

    /** Largest column, or {@code >= 0.5} for one column. */
    public static int[] classesOf(Matrix outputs) {
        if (outputs.cols() > 1) {
            return outputs.argmaxPerRow();
        }
        int[] out = new int[outputs.rows()];
        for (int i = 0; i < out.length; i++) {
            out[i] = outputs.data()[i] >= 0.5 ? 1 : 0;
        }
        return out;
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

    public static double accuracy(Model model, Matrix x, Matrix y) {
        return accuracy(predictClasses(model, x), Targets.classes(y));
    }

    /** Accuracy with the loss deciding what an output means (e.g. a logit's threshold is 0). */
    public static double accuracy(Model model, Loss loss, Matrix x, Matrix y) {
        return accuracy(loss.predictedClasses(model.forward(x)), Targets.classes(y));
    }

    public static ConfusionMatrix confusionMatrix(int[] predicted, int[] actual, int classes) {
        requireSameLength(predicted, actual);
        return new ConfusionMatrix(predicted, actual, classes);
    }

    /** Confusion matrix of a model; the number of classes is the output width (2 for a single column). */
    public static ConfusionMatrix confusionMatrix(Model model, Matrix x, Matrix y) {
        Matrix out = model.forward(x);
        return confusionMatrix(classesOf(out), Targets.classes(y), Math.max(2, out.cols()));
    }

    private static void requireSameLength(int[] predicted, int[] actual) {
        if (predicted.length != actual.length) {
            throw new IllegalArgumentException("got " + predicted.length + " predictions for " + actual.length
                    + " targets; pass one prediction per example");
        }
    }
}
