// Hidden tests of notebook 04's Exercise 2 (grade cell check_sigmoid, 2 points).
import org.junit.jupiter.api.Test;
import org.nnworkbook.grader.api.GradeId;
import org.nnworkbook.grader.api.Points;
import org.nnworkbook.grader.api.Reference;
import org.nnworkbook.grader.api.Session;

@GradeId("check_sigmoid")
class SigmoidTest {
    @Test
    @Points(1)
    void sigmoid_on_random_and_extreme_inputs(Session s) {
        Probe.of(s, "sigmoid")
                .matches("sigmoid(z) at random z in [-20, 20]", "sigmoid(z)", Probe.points(41, 40, -20, 20), Reference::sigmoid)
                .matches("sigmoid(z) far out on both sides", "sigmoid(z)", new double[] {-1000, -800, -745, -40, 40, 745, 800, 1000}, Reference::sigmoid)
                .matches("symmetry: sigmoid(-z) = 1 - sigmoid(z)", "sigmoid(-z) + sigmoid(z)", Probe.points(42, 20, -10, 10), z -> 1.0)
                .run();
    }

    @Test
    @Points(1)
    void sigmoid_prime_on_random_and_extreme_inputs(Session s) {
        Probe.of(s, "sigmoid or sigmoidPrime")
                .matches("sigmoidPrime(z) at random z in [-20, 20]", "sigmoidPrime(z)", Probe.points(43, 40, -20, 20),
                        z -> Reference.sigmoid(z) * Reference.sigmoid(-z))
                .matches("sigmoidPrime(z) far out is 0 (not NaN)", "sigmoidPrime(z)", new double[] {-800, -1000, 800, 1000}, z -> 0.0)
                .run();
    }
}
