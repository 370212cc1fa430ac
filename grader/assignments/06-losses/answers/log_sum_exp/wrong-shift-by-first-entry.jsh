// expect 1: shifts by z[0] instead of the maximum: right for moderate logits, Infinity when a later entry is far larger
double logSumExp(double[] z) {
    double sum = 0;
    for (double v : z) sum += Math.exp(v - z[0]);
    return z[0] + Math.log(sum);
}
