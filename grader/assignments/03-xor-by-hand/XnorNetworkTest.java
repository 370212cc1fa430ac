// Hidden tests of notebook 03's Exercise 2 (grade cell check_xnor_network, 2 points): XNOR as a two-layer sign network.
import org.junit.jupiter.api.Test;
import org.nnworkbook.grader.api.GradeId;
import org.nnworkbook.grader.api.Points;
import org.nnworkbook.grader.api.Session;

@GradeId("check_xnor_network")
class XnorNetworkTest {
    static final double[][] CORNERS = {{0, 0}, {0, 1}, {1, 0}, {1, 1}};
    static final double[] XNOR = {1, -1, -1, 1};

    @Test
    @Points(1)
    void xnor_network_is_right_on_the_four_corners(Session s) {
        SignNet net = SignNet.fetch(s, "xnorNetwork()", 2);
        for (int i = 0; i < 4; i++) {
            double got = net.predict(CORNERS[i]);
            s.check("XNOR at corner " + SignNet.show(CORNERS[i]), got == XNOR[i],
                    "your network says " + SignNet.signed(got) + " there, but XNOR is " + SignNet.signed(XNOR[i]));
        }
    }

    @Test
    @Points(1)
    void xnor_network_keeps_its_answer_near_every_corner(Session s) {
        SignNet net = SignNet.fetch(s, "xnorNetwork()", 2);
        // A grid of points within 0.1 of each corner (a network's region need not be convex, so sample it).
        for (int i = 0; i < 4; i++) {
            for (int a = -4; a <= 4; a++) {
                double dx = 0.025 * a;
                for (int c = -4; c <= 4; c++) {
                    double dy = 0.025 * c;
                    double[] p = {CORNERS[i][0] + dx, CORNERS[i][1] + dy};
                    double got = net.predict(p);
                    if (got != XNOR[i]) {
                        s.check("XNOR near corner " + SignNet.show(CORNERS[i]), false, String.format(java.util.Locale.ROOT,
                                "at (%.2f, %.2f) your network says %s; keep every hidden line more than 0.1 away from the corners",
                                p[0], p[1], SignNet.signed(got)));
                    }
                }
            }
            s.check("XNOR: every point within 0.1 of corner " + SignNet.show(CORNERS[i]) + " gets that corner's answer", true, "");
        }
    }
}
