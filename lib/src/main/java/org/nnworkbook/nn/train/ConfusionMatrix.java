// Counts of (actual, predicted) class pairs with accuracy, precision and recall; a table, not a plot.
package org.nnworkbook.nn.train;

import java.util.Locale;
import org.nnworkbook.nn.Matrix;

/** {@code count(actual, predicted)}: how many examples of class {@code actual} were predicted as {@code predicted}. */
public final class ConfusionMatrix {
    private final int[][] counts;

    ConfusionMatrix(int[] predicted, int[] actual, int classes) {
        counts = new int[classes][classes];
        for (int i = 0; i < predicted.length; i++) {
            if (actual[i] < 0 || actual[i] >= classes || predicted[i] < 0 || predicted[i] >= classes) {
                throw new IllegalArgumentException("class " + Math.max(actual[i], predicted[i]) + " at example " + i
                        + " is outside 0.." + (classes - 1) + "; check the number of classes");
            }
            counts[actual[i]][predicted[i]]++;
        }
    }

    public int classes() {
        return counts.length;
    }

    public int count(int actual, int predicted) {
        return counts[actual][predicted];
    }

    public int total() {
        int n = 0;
        for (int[] row : counts) {
            for (int c : row) {
                n += c;
            }
        }
        return n;
    }

    /** The diagonal's share of all examples. */
    public double accuracy() {
        int diagonal = 0;
        for (int c = 0; c < counts.length; c++) {
            diagonal += counts[c][c];
        }
        return (double) diagonal / total();
    }

    /** Of the examples of class {@code c}, the fraction predicted as {@code c}. */
    public double recall(int c) {
        int row = 0;
        for (int p = 0; p < counts.length; p++) {
            row += counts[c][p];
        }
        return (double) counts[c][c] / row;
    }

    /** Of the examples predicted as {@code c}, the fraction that are {@code c}. */
    public double precision(int c) {
        int column = 0;
        for (int[] row : counts) {
            column += row[c];
        }
        return (double) counts[c][c] / column;
    }

    /** The counts as a matrix (rows: actual, columns: predicted), e.g. for a heat map. */
    public Matrix toMatrix() {
        return Matrix.generate(counts.length, counts.length, (i, j) -> counts[i][j]);
    }

    @Override
    public String toString() {
        int width = Math.max(3, String.valueOf(total()).length());
        StringBuilder sb = new StringBuilder("actual \\ predicted\n      ");
        for (int p = 0; p < counts.length; p++) {
            sb.append(String.format(Locale.ROOT, " %" + width + "d", p));
        }
        for (int a = 0; a < counts.length; a++) {
            sb.append(String.format(Locale.ROOT, "%n%5d ", a));
            for (int p = 0; p < counts.length; p++) {
                sb.append(String.format(Locale.ROOT, " %" + width + "d", counts[a][p]));
            }
        }
        return sb.append(String.format(Locale.ROOT, "%naccuracy %.4f", accuracy())).toString();
    }
}
