// Hidden tests of notebook 10's Exercise 1, standardize (grade cell check_standardize, 2 points: the training rows
// themselves, then new rows with the training rows' statistics).
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.nnworkbook.grader.api.GradeId;
import org.nnworkbook.grader.api.Literals;
import org.nnworkbook.grader.api.Points;
import org.nnworkbook.grader.api.Session;

@GradeId("check_standardize")
class StandardizeTest {

    /** The reference: training columns' mean and population std (1 where it is 0), applied to x; flattened by rows. */
    static double[] reference(double[][] train, double[][] x) {
        int d = train[0].length;
        double[] mean = new double[d];
        double[] std = new double[d];
        for (double[] row : train) {
            for (int j = 0; j < d; j++) {
                mean[j] += row[j];
            }
        }
        for (int j = 0; j < d; j++) {
            mean[j] /= train.length;
        }
        for (double[] row : train) {
            for (int j = 0; j < d; j++) {
                std[j] += (row[j] - mean[j]) * (row[j] - mean[j]);
            }
        }
        for (int j = 0; j < d; j++) {
            double s = Math.sqrt(std[j] / train.length);
            std[j] = s == 0 ? 1 : s;
        }
        double[] out = new double[x.length * d];
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < d; j++) {
                out[i * d + j] = (x[i][j] - mean[j]) / std[j];
            }
        }
        return out;
    }

    /** The student's result flattened by rows (a jagged or short result shows up as a wrong length). */
    static String call(double[][] train, double[][] x) {
        return Literals.flattened("standardize(" + Literals.of(train) + ", " + Literals.of(x) + ")");
    }

    static double[][] random(Random rng, int rows, int cols) {
        double[][] out = new double[rows][cols];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                out[i][j] = (j + 1) * 3.0 * rng.nextGaussian() + 10 * j;      // columns of different scales
            }
        }
        return out;
    }

    @Test
    @Points(1)
    void the_training_rows_themselves(Session s) {
        Random rng = new Random(1001);
        double[][] train = random(rng, 20, 4);
        s.checkHidden("20 random training rows (4 columns of different scales)", call(train, train), reference(train, train));
        double[][] constant = {{4, -1, 0.5}, {4, 3, 0.5}, {4, 5, 0.5}, {4, 1, 0.5}};
        s.checkHidden("training rows with two constant columns (std taken as 1)", call(constant, constant),
                reference(constant, constant));
        double[][] one = {{2, -7}};
        s.checkHidden("a single training row (every std is 0, so 1)", call(one, one), reference(one, one));
    }

    @Test
    @Points(1)
    void new_rows_with_the_training_rows_statistics(Session s) {
        Random rng = new Random(1002);
        double[][] train = random(rng, 20, 4);
        double[][] other = random(rng, 6, 4);
        s.checkHidden("6 new rows standardised with 20 random training rows", call(train, other), reference(train, other));
        double[][] constant = {{4, -1, 0.5}, {4, 3, 0.5}, {4, 5, 0.5}, {4, 1, 0.5}};
        double[][] newRows = {{5, 2, 0.5}, {4, -3, 2.5}, {0, 0, 0}};
        s.checkHidden("new rows, training rows with two constant columns", call(constant, newRows), reference(constant, newRows));
        String unchanged = Literals.block("double[][] t = " + Literals.of(constant)
                + "; double[][] o = " + Literals.of(newRows) + "; standardize(t, o); double[] out = new double[4];"
                + " out[0] = t[0][1]; out[1] = t[2][1]; out[2] = o[0][0]; out[3] = o[1][1]; return out;");
        s.checkHidden("some input values after the call", unchanged, new double[] {-1, 5, 5, -3});
    }
}
