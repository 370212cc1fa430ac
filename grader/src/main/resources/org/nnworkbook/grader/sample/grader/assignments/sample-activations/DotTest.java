// Hidden tests of the sample assignment's dot-product exercise (grade cell check_dot, 3 points).
import org.junit.jupiter.api.Test;
import org.nnworkbook.grader.api.GradeId;
import org.nnworkbook.grader.api.Points;
import org.nnworkbook.grader.api.Session;

@GradeId("check_dot")
class DotTest {
    @Test
    @Points(1)
    void dot_of_the_notebooks_vectors(Session s) {
        s.checkClose("dot(new double[] {1, 2, 3}, new double[] {4, 5, 6})", 32.0);
    }

    @Test
    @Points(2)
    void dot_on_hidden_vectors(Session s) {
        s.checkHidden("dot of vectors with negative entries", "dot(new double[] {-1.5, 2, 0.5}, new double[] {2, -3, 4})", -7.0);
        s.checkHidden("dot of empty vectors", "dot(new double[0], new double[0])", 0.0);
    }
}
