// The benchmark's reference: the digits MLP written as straightforward Java loops (double[][], fresh arrays).
package org.nnworkbook.bench;

import java.util.Random;

/** 64-128-10 ReLU MLP with softmax cross-entropy and SGD, coded the obvious way; what the library is compared with. */
final class PlainJavaMlp {
    final double[][] w1;
    final double[] b1;
    final double[][] w2;
    final double[] b2;

    PlainJavaMlp(int in, int hidden, int out, Random rng) {
        w1 = new double[in][hidden];
        b1 = new double[hidden];
        w2 = new double[hidden][out];
        b2 = new double[out];
        for (double[] r : w1) {
            for (int j = 0; j < hidden; j++) {
                r[j] = rng.nextGaussian() * Math.sqrt(2.0 / in);
            }
        }
        for (double[] r : w2) {
            for (int j = 0; j < out; j++) {
                r[j] = rng.nextGaussian() * Math.sqrt(2.0 / hidden);
            }
        }
    }

    /** One SGD step on a batch; x [B][in], labels [B]. Loops run along rows, the natural order for double[][]. */
    void step(double[][] x, int[] labels, double lr) {
        int bs = x.length;
        int hidden = b1.length;
        int out = b2.length;
        double[][] h = new double[bs][];
        double[][] z = new double[bs][];
        for (int b = 0; b < bs; b++) {
            h[b] = b1.clone();                                   // h = relu(x·W1 + b1)
            for (int i = 0; i < x[b].length; i++) {
                for (int j = 0; j < hidden; j++) {
                    h[b][j] += x[b][i] * w1[i][j];
                }
            }
            for (int j = 0; j < hidden; j++) {
                h[b][j] = Math.max(0, h[b][j]);
            }
            z[b] = b2.clone();                                   // z = h·W2 + b2
            for (int j = 0; j < hidden; j++) {
                for (int k = 0; k < out; k++) {
                    z[b][k] += h[b][j] * w2[j][k];
                }
            }
        }
        double[][] dz = new double[bs][out];                     // softmax - one-hot, over the batch
        for (int b = 0; b < bs; b++) {
            double max = Double.NEGATIVE_INFINITY;
            for (double v : z[b]) {
                max = Math.max(max, v);
            }
            double sum = 0;
            for (int k = 0; k < out; k++) {
                dz[b][k] = Math.exp(z[b][k] - max);
                sum += dz[b][k];
            }
            for (int k = 0; k < out; k++) {
                dz[b][k] = (dz[b][k] / sum - (k == labels[b] ? 1 : 0)) / bs;
            }
        }
        double[][] dh = new double[bs][hidden];                  // dh = dz·W2ᵀ ⊙ relu'
        for (int b = 0; b < bs; b++) {
            for (int j = 0; j < hidden; j++) {
                if (h[b][j] > 0) {
                    for (int k = 0; k < out; k++) {
                        dh[b][j] += dz[b][k] * w2[j][k];
                    }
                }
            }
        }
        for (int b = 0; b < bs; b++) {                           // W2 -= lr·hᵀ·dz, b2 -= lr·Σ dz
            for (int j = 0; j < hidden; j++) {
                for (int k = 0; k < out; k++) {
                    w2[j][k] -= lr * h[b][j] * dz[b][k];
                }
            }
            for (int k = 0; k < out; k++) {
                b2[k] -= lr * dz[b][k];
            }
        }
        for (int b = 0; b < bs; b++) {                           // W1 -= lr·xᵀ·dh, b1 -= lr·Σ dh
            for (int i = 0; i < w1.length; i++) {
                double xi = lr * x[b][i];
                for (int j = 0; j < hidden; j++) {
                    w1[i][j] -= xi * dh[b][j];
                }
            }
            for (int j = 0; j < hidden; j++) {
                b1[j] -= lr * dh[b][j];
            }
        }
    }

    int predict(double[] x) {
        int hidden = b1.length;
        double[] h = new double[hidden];
        for (int j = 0; j < hidden; j++) {
            double s = b1[j];
            for (int i = 0; i < x.length; i++) {
                s += x[i] * w1[i][j];
            }
            h[j] = Math.max(0, s);
        }
        int best = 0;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < b2.length; k++) {
            double s = b2[k];
            for (int j = 0; j < hidden; j++) {
                s += h[j] * w2[j][k];
            }
            if (s > bestScore) {
                bestScore = s;
                best = k;
            }
        }
        return best;
    }

    /** Fraction of rows of {@code x} whose predicted class is {@code labels[i]}. */
    double accuracy(double[][] x, int[] labels) {
        int correct = 0;
        for (int i = 0; i < x.length; i++) {
            correct += predict(x[i]) == labels[i] ? 1 : 0;
        }
        return (double) correct / x.length;
    }
}
