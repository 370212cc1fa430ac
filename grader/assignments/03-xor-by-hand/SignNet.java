// A copy of a student's SignNetwork (notebook 03), fetched as numbers and evaluated here, in the grader (not a test).
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.nnworkbook.grader.api.Session;

final class SignNet {
    final double[][] w1;
    final double[] b1;
    final double[] w2;
    final double b2;

    private SignNet(double[][] w1, double[] b1, double[] w2, double b2) {
        this.w1 = w1;
        this.b1 = b1;
        this.w2 = w2;
        this.b2 = b2;
    }

    /** Flattens a SignNetwork into one array: k, then per hidden unit its length and weights, then b1, w2 (each with its length), b2. */
    private static final String ENCODER = String.join("\n",
            "double[] gradedEncodeSignNetwork(SignNetwork n) {",
            "    if (n == null) return new double[] {-1};",
            "    java.util.List<Double> out = new java.util.ArrayList<>();",
            "    double[][] w1 = n.w1();",
            "    out.add((double) w1.length);",
            "    for (double[] row : w1) { out.add((double) row.length); for (double v : row) out.add(v); }",
            "    out.add((double) n.b1().length); for (double v : n.b1()) out.add(v);",
            "    out.add((double) n.w2().length); for (double v : n.w2()) out.add(v);",
            "    out.add(n.b2());",
            "    return out.stream().mapToDouble(Double::doubleValue).toArray();",
            "}");

    /** Evaluates {@code call} once in the student's VM and reads its weights; checks their shapes for d inputs. */
    static SignNet fetch(Session s, String call, int d) {
        return fetchAll(s, List.of(call), new int[] {d}).get(0);
    }

    /** All calls in one evaluation (each evaluation compiles a snippet, so one is much faster than many). */
    static List<SignNet> fetchAll(Session s, List<String> calls, int[] ds) {
        s.eval(ENCODER);
        String what = calls.size() == 1 ? calls.get(0) : calls.get(0).substring(0, calls.get(0).indexOf('(')) + "(...)";
        List<double[]> encoded = s.evalDoubleArrays(what, calls.stream().map(c -> "gradedEncodeSignNetwork(" + c + ")").toList());
        List<SignNet> nets = new ArrayList<>();
        for (int c = 0; c < calls.size(); c++) {
            String call = calls.get(c);
            int d = ds[c];
            double[] e = encoded.get(c);
            int at = 0;
            if (e[at] == -1) {
                s.check(call, false, "it returned null; return a new SignNetwork(w1, b1, w2, b2)");
            }
            int k = (int) e[at++];
            double[][] w1 = new double[k][];
            for (int i = 0; i < k; i++) {
                int len = (int) e[at++];
                if (len != d) {
                    s.check(call, false, "row " + i + " of w1 has " + len + " weights; with " + d
                            + " inputs every hidden unit needs " + d);
                }
                w1[i] = Arrays.copyOfRange(e, at, at + len);
                at += len;
            }
            int nb1 = (int) e[at++];
            double[] b1 = Arrays.copyOfRange(e, at, at + nb1);
            at += nb1;
            int nw2 = (int) e[at++];
            double[] w2 = Arrays.copyOfRange(e, at, at + nw2);
            at += nw2;
            double b2 = e[at++];
            if (nb1 != k) {
                s.check(call, false, "w1 has " + k + " rows (hidden units) but b1 has " + nb1 + " entries; b1 needs one bias per unit");
            }
            if (nw2 != k) {
                s.check(call, false, "w1 has " + k + " rows (hidden units) but w2 has " + nw2 + " entries; w2 needs one weight per unit");
            }
            nets.add(new SignNet(w1, b1, w2, b2));
        }
        return nets;
    }

    int hiddenUnits() {
        return w1.length;
    }

    /** sign(w2 · sign(W1 x + b1) + b2) with sign(0) = +1, as the notebook's SignNetwork and the library's Sign. */
    double predict(double[] x) {
        double out = b2;
        for (int k = 0; k < w1.length; k++) {
            double z = b1[k];
            for (int j = 0; j < x.length; j++) {
                z += w1[k][j] * x[j];
            }
            out += w2[k] * (z >= 0 ? 1 : -1);
        }
        return out >= 0 ? 1 : -1;
    }

    /** "1 hidden unit", "4 hidden units". */
    static String units(int n) {
        return n + (n == 1 ? " hidden unit" : " hidden units");
    }

    static String signed(double v) {
        return v > 0 ? "+1" : "-1";
    }

    static String show(double[] x) {
        StringBuilder sb = new StringBuilder("(");
        for (int j = 0; j < x.length; j++) {
            sb.append(j == 0 ? "" : ", ").append(x[j] == Math.rint(x[j]) ? String.valueOf((int) x[j])
                    : String.format(Locale.ROOT, "%.2f", x[j]));
        }
        return sb.append(")").toString();
    }
}
