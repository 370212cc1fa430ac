// Hidden tests of notebook 04's Exercise 5 (grade cell check_leaky_relu, 2 points): the value and the derivative apart.
import org.junit.jupiter.api.Test;
import org.nnworkbook.grader.api.GradeId;
import org.nnworkbook.grader.api.Points;
import org.nnworkbook.grader.api.Session;

@GradeId("check_leaky_relu")
class LeakyReluTest {
    @Test
    @Points(1)
    void leaky_relu_on_random_inputs_and_at_zero(Session s) {
        Probe.of(s, "leakyRelu")
                .matches("leakyRelu(z) at random z in [-50, 50]", "leakyRelu(z)", Probe.points(71, 40, -50, 50), z -> Math.max(0.1 * z, z))
                .exactly("leakyRelu(0.0)", 0.0)
                .run();
    }

    @Test
    @Points(1)
    void leaky_relu_prime_on_random_inputs_with_the_library_convention_at_zero(Session s) {
        Probe.of(s, "leakyReluPrime")
                .matches("leakyReluPrime(z) at random z in [-50, 50]", "leakyReluPrime(z)", Probe.points(72, 40, -50, 50),
                        z -> z > 0 ? 1 : 0.1)
                .exactly("leakyReluPrime(0.0)", 0.1)
                .run();
    }
}
