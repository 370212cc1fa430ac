// Hidden tests of notebook 03's Exercise 1 (grade cell check_gate_units, 3 points): AND, OR, NAND as one sign unit each.
import org.junit.jupiter.api.Test;
import org.nnworkbook.grader.api.GradeId;
import org.nnworkbook.grader.api.Points;
import org.nnworkbook.grader.api.Session;

@GradeId("check_gate_units")
class GateUnitsTest {
    // Corners in truth-table order, and the targets (+1 true, -1 false) of each gate.
    static final double[][] CORNERS = {{0, 0}, {0, 1}, {1, 0}, {1, 1}};

    @Test
    @Points(1)
    void and_unit_is_right_on_and_near_every_corner(Session s) {
        checkUnit(s, "andUnit()", "AND", new double[] {-1, -1, -1, 1});
    }

    @Test
    @Points(1)
    void or_unit_is_right_on_and_near_every_corner(Session s) {
        checkUnit(s, "orUnit()", "OR", new double[] {-1, 1, 1, 1});
    }

    @Test
    @Points(1)
    void nand_unit_is_right_on_and_near_every_corner(Session s) {
        checkUnit(s, "nandUnit()", "NAND", new double[] {1, 1, 1, -1});
    }

    /** Evaluates the student's {w1, w2, b} once and computes the unit here, with sign(0) = +1. */
    static void checkUnit(Session s, String call, String gate, double[] targets) {
        double[] u = s.evalDoubleArray(call);
        s.check(gate + ": " + call + " returns three numbers {w1, w2, b}", u.length == 3,
                "it returned " + u.length + " numbers; return new double[] {w1, w2, b}");
        boolean finite = Double.isFinite(u[0]) && Double.isFinite(u[1]) && Double.isFinite(u[2]);
        s.check(gate + ": the weights are finite numbers", finite, "a weight is NaN or infinite");
        for (int i = 0; i < 4; i++) {
            double got = sign(u[0] * CORNERS[i][0] + u[1] * CORNERS[i][1] + u[2]);
            s.check(gate + " at corner " + corner(CORNERS[i]), got == targets[i],
                    "your unit says " + signed(got) + " there, but " + gate + " is " + signed(targets[i]));
        }
        // Every point of the box of half-width 0.1 around each corner (its 8 edge and corner points suffice: a
        // half-plane is convex) must get the corner's answer, so the line stays clear of the corners.
        double r = 0.1;
        double[][] moves = {{r, 0}, {-r, 0}, {0, r}, {0, -r}, {r, r}, {r, -r}, {-r, r}, {-r, -r}};
        for (int i = 0; i < 4; i++) {
            for (double[] m : moves) {
                double x1 = CORNERS[i][0] + m[0], x2 = CORNERS[i][1] + m[1];
                double got = sign(u[0] * x1 + u[1] * x2 + u[2]);
                if (got != targets[i]) {
                    s.check(gate + " near corner " + corner(CORNERS[i]), false, String.format(java.util.Locale.ROOT,
                            "at (%.1f, %.1f) your unit says %s; move the line further from that corner", x1, x2, signed(got)));
                }
            }
            s.check(gate + ": every point within 0.1 of corner " + corner(CORNERS[i]) + " gets that corner's answer", true, "");
        }
    }

    static double sign(double z) {
        return z >= 0 ? 1 : -1;
    }

    static String signed(double v) {
        return v > 0 ? "+1" : "-1";
    }

    static String corner(double[] c) {
        return "(" + (int) c[0] + ", " + (int) c[1] + ")";
    }
}
