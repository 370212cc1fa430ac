// Hidden tests of Exercise 9, carScores and carTable (grade cell check_toy_car, 3 points).
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nnworkbook.grader.api.GradeId;
import org.nnworkbook.grader.api.Literals;
import org.nnworkbook.grader.api.Points;
import org.nnworkbook.grader.api.Reference;
import org.nnworkbook.grader.api.Session;

@GradeId("check_toy_car")
class ToyCarTest {
    @Test
    @Points(1)
    void car_scores_in_all_8_situations(Session s) {
        List<String> calls = new ArrayList<>();
        for (int row = 0; row < 8; row++) {
            calls.add(Literals.call("carScores", (row >> 2) & 1, (row >> 1) & 1, row & 1));
        }
        List<double[]> scores = s.evalDoubleArrays("your carScores", calls);
        for (int row = 0; row < 8; row++) {
            s.checkValues(calls.get(row), scores.get(row), LinearModels.carScores((row >> 2) & 1, (row >> 1) & 1, row & 1));
        }
    }

    @Test
    @Points(2)
    void car_table_has_the_probabilities_of_all_8_situations_in_order(Session s) {
        s.check("carTable() has 8 rows of 3", s.evalDouble("carTable().length") == 8
                        && s.evalDouble("java.util.Arrays.stream(carTable()).allMatch(r -> r != null && r.length == 3) ? 1 : 0") == 1,
                "return one row of 3 probabilities per situation: 8 rows");
        // One evaluation for the whole table (each evaluation compiles a snippet), compared row by row here.
        double[] table = s.evalDoubleArray(Literals.flattened("carTable()"));
        for (int row = 0; row < 8; row++) {
            int front = (row >> 2) & 1, left = (row >> 1) & 1, right = row & 1;
            s.checkValuesHidden("carTable() row " + row + " (ahead " + front + ", left " + left + ", right " + right + ")",
                    Arrays.copyOfRange(table, 3 * row, 3 * row + 3), Reference.softmax(LinearModels.carScores(front, left, right)));
        }
    }
}
