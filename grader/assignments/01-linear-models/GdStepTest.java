// Hidden tests of Exercise 4, gdStep(w, b, X, y, lr) (grade cell check_gd_step, 2 points).
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.nnworkbook.grader.api.GradeId;
import org.nnworkbook.grader.api.Points;
import org.nnworkbook.grader.api.Session;

@GradeId("check_gd_step")
class GdStepTest {
    @Test
    @Points(1)
    void gd_step_on_the_worked_example(Session s) {
        s.checkClose("gdStep(new double[] {1, -0.5}, 0.5, new double[][] {{1, 2}, {2, 0}, {0, 1}, {3, 1}}, new double[] {3, 1, 0, 4}, 0.1)",
                new double[] {1.125, -0.2, 0.6});
    }

    @Test
    @Points(1)
    void gd_step_on_hidden_data_leaves_w_unchanged(Session s) {
        Random rng = new Random(404);
        double[][] X = Lit.matrix(rng, 6, 3, 2);
        double[] y = Lit.vector(rng, 6, 3), w = Lit.vector(rng, 3, 1);
        s.checkHidden("gdStep on 6 random examples with 3 features, lr 0.05",
                "gdStep(" + Lit.arr(w) + ", 0.2, " + Lit.mat(X) + ", " + Lit.arr(y) + ", 0.05)",
                Lit.gdStep(w, 0.2, X, y, 0.05));
        s.eval("double[] gdStepProbe = " + Lit.arr(w) + ";");
        s.eval("gdStep(gdStepProbe, 0.2, " + Lit.mat(X) + ", " + Lit.arr(y) + ", 0.05);");
        s.checkHidden("the array w passed to gdStep keeps its values", "gdStepProbe", w);
    }
}
