// Hidden tests of notebook 04's Exercise 4 (grade cell check_relu, 2 points): the value and the derivative apart.
import org.junit.jupiter.api.Test;
import org.nnworkbook.grader.api.GradeId;
import org.nnworkbook.grader.api.Points;
import org.nnworkbook.grader.api.Session;

@GradeId("check_relu")
class ReluTest {
    @Test
    @Points(1)
    void relu_on_random_inputs_and_at_zero(Session s) {
        Probe.of(s, "relu")
                .matches("relu(z) at random z in [-50, 50]", "relu(z)", Probe.points(61, 40, -50, 50), z -> Math.max(0, z))
                .exactly("relu(0.0)", 0.0)
                .run();
    }

    @Test
    @Points(1)
    void relu_prime_on_random_inputs_with_the_library_convention_at_zero(Session s) {
        Probe.of(s, "reluPrime")
                .matches("reluPrime(z) at random z in [-50, 50]", "reluPrime(z)", Probe.points(62, 40, -50, 50), z -> z > 0 ? 1 : 0)
                .exactly("reluPrime(0.0)", 0.0)
                .exactly("reluPrime(-0.0)", 0.0)
                .exactly("reluPrime(1e-12)", 1.0)
                .exactly("reluPrime(-1e-12)", 0.0)
                .run();
    }
}
