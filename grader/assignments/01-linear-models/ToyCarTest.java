// Hidden tests of Exercise 9, carScores and carTable (grade cell check_toy_car, 3 points).
import org.junit.jupiter.api.Test;
import org.nnworkbook.grader.api.GradeId;
import org.nnworkbook.grader.api.Points;
import org.nnworkbook.grader.api.Session;

@GradeId("check_toy_car")
class ToyCarTest {
    @Test
    @Points(1)
    void car_scores_in_all_8_situations(Session s) {
        StringBuilder calls = new StringBuilder();
        for (int row = 0; row < 8; row++) {
            calls.append(row == 0 ? "" : ", ").append("carScores(").append((row >> 2) & 1).append(", ").append((row >> 1) & 1)
                    .append(", ").append(row & 1).append(")");
        }
        double[] scores = s.evalDoubleArray(org.nnworkbook.grader.api.Literals.flattened("new double[][] {" + calls + "}"));
        for (int row = 0; row < 8; row++) {
            int front = (row >> 2) & 1, left = (row >> 1) & 1, right = row & 1;
            double[] got = java.util.Arrays.copyOfRange(scores, 3 * row, 3 * row + 3), want = Lit.carScores(front, left, right);
            s.check("carScores(" + front + ", " + left + ", " + right + ")", java.util.Arrays.equals(got, want),
                    "got " + java.util.Arrays.toString(got) + ", expected " + java.util.Arrays.toString(want));
        }
    }

    @Test
    @Points(2)
    void car_table_has_the_probabilities_of_all_8_situations_in_order(Session s) {
        s.check("carTable() has 8 rows of 3", s.evalDouble("carTable().length") == 8
                        && s.evalDouble("java.util.Arrays.stream(carTable()).allMatch(r -> r != null && r.length == 3) ? 1 : 0") == 1,
                "return one row of 3 probabilities per situation: 8 rows");
        // One evaluation for the whole table (each evaluation compiles a snippet), compared row by row here.
        double[] table = s.evalDoubleArray(org.nnworkbook.grader.api.Literals.flattened("carTable()"));
        for (int row = 0; row < 8; row++) {
            int front = (row >> 2) & 1, left = (row >> 1) & 1, right = row & 1;
            double[] got = java.util.Arrays.copyOfRange(table, 3 * row, 3 * row + 3);
            double[] want = Lit.softmax(Lit.carScores(front, left, right));
            boolean close = true;
            for (int k = 0; k < 3; k++) {
                close &= Session.near(got[k], want[k]);
            }
            s.check("carTable() row " + row + " (ahead " + front + ", left " + left + ", right " + right + ")", close,
                    "got " + java.util.Arrays.toString(got));
        }
    }
}
