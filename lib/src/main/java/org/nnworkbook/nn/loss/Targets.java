// Shared target handling for the losses: shape checks and class indices; not public API beyond classes().
package org.nnworkbook.nn.loss;

import org.nnworkbook.nn.Matrix;
import org.nnworkbook.nn.ShapeException;

/** Reading targets: same-shape checks for regression, class indices or one-hot rows for classification. */
public final class Targets {
    private Targets() {}

    /** The class of each row of a target matrix: the index in a {@code [n, 1]} column, or the argmax of a one-hot row. */
    public static int[] classes(Matrix target) {
        if (target.cols() > 1) {
            return target.argmaxPerRow();
        }
        int[] out = new int[target.rows()];
        for (int i = 0; i < out.length; i++) {
            out[i] = (int) Math.round(target.data()[i]);
        }
        return out;
    }

    static void requireSameShape(String op, Matrix prediction, Matrix target) {
        if (prediction.rows() != target.rows() || prediction.cols() != target.cols()) {
            throw ShapeException.in(op).problem("prediction and target shapes differ")
                    .shape("prediction", prediction).shape("target", target)
                    .hint("give one target per prediction; a [n] vector of targets is Matrix.column(...)").build();
        }
    }

    /**
     * Checks classification targets against the scores: returns true for a {@code [n, 1]} column of class
     * indices, false for {@code [n, classes]} rows of class probabilities (one-hot).
     */
    static boolean isIndexColumn(String op, Matrix scores, Matrix target) {
        int n = scores.rows();
        int c = scores.cols();
        if (target.rows() == n && target.cols() == c && c > 1) {
            return false;
        }
        if (target.rows() != n || target.cols() != 1) {
            throw ShapeException.in(op).problem("targets must be one class index per row or one row per example")
                    .shape("scores", scores).shape("target", target)
                    .hint("pass class indices as %s or one-hot rows as %s",
                            ShapeException.format(n, 1), ShapeException.format(n, c)).build();
        }
        return true;
    }

    /** The class index in row {@code i} of a {@code [n, 1]} target column, checked against {@code classes}. */
    static int classIndex(String op, Matrix target, int i, int classes) {
        double v = target.data()[i];
        int k = (int) v;
        if (k != v || k < 0 || k >= classes) {
            throw new IllegalArgumentException(op + ": target " + v + " in row " + i + " is not a class index 0.."
                    + (classes - 1) + "; the scores have " + classes + " columns");
        }
        return k;
    }

    static void requireNonEmpty(String op, Matrix prediction) {
        if (prediction.size() == 0) {
            throw new IllegalArgumentException(op + ": the batch is empty (prediction " + prediction.shape()
                    + "); a loss needs at least one example");
        }
    }
}
