// Hidden tests of notebook 04's Exercise 5 (grade cell check_leaky_relu, 1 point).
import org.junit.jupiter.api.Test;
import org.nnworkbook.grader.api.GradeId;
import org.nnworkbook.grader.api.Points;
import org.nnworkbook.grader.api.Session;

@GradeId("check_leaky_relu")
class LeakyReluTest {
    @Test
    @Points(1)
    void leaky_relu_on_random_inputs_and_at_zero(Session s) {
        double[] zs = Probe.points(71, 40, -50, 50);
        Probe.of(s, "leakyRelu or leakyReluPrime")
                .matches("leakyRelu(z) at random z in [-50, 50]", "leakyRelu(z)", zs, z -> Math.max(0.1 * z, z))
                .matches("leakyReluPrime(z) at random z in [-50, 50]", "leakyReluPrime(z)", zs, z -> z > 0 ? 1 : 0.1)
                .agreesWithCentralDifferences("leakyReluPrime agrees with central differences of your leakyRelu",
                        "leakyRelu(z)", "leakyReluPrime(z)", Probe.points(72, 30, -5, 5))
                .exactly("leakyReluPrime(0.0)", 0.1)
                .exactly("leakyRelu(0.0)", 0.0)
                .run();
    }
}
