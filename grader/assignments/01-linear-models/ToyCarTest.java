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
        for (int row = 0; row < 8; row++) {
            int front = (row >> 2) & 1, left = (row >> 1) & 1, right = row & 1;
            s.checkClose("carScores(" + front + ", " + left + ", " + right + ")", Lit.carScores(front, left, right));
        }
    }

    @Test
    @Points(2)
    void car_table_has_the_probabilities_of_all_8_situations_in_order(Session s) {
        s.check("carTable() has 8 rows", s.evalDouble("carTable().length") == 8,
                "return one row per situation: 8 rows");
        for (int row = 0; row < 8; row++) {
            int front = (row >> 2) & 1, left = (row >> 1) & 1, right = row & 1;
            s.checkHidden("carTable() row " + row + " (ahead " + front + ", left " + left + ", right " + right + ")",
                    "carTable()[" + row + "]", Lit.softmax(Lit.carScores(front, left, right)));
        }
    }
}
