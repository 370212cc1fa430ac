// Hidden tests of notebook 04's Exercise 4 (grade cell check_relu, 2 points).
import org.junit.jupiter.api.Test;
import org.nnworkbook.grader.api.GradeId;
import org.nnworkbook.grader.api.Points;
import org.nnworkbook.grader.api.Session;

@GradeId("check_relu")
class ReluTest {
    @Test
    @Points(1)
    void relu_and_its_derivative_on_random_inputs(Session s) {
        double[] zs = Probe.points(61, 40, -50, 50);
        Probe.of(s, "relu or reluPrime")
                .matches("relu(z) at random z in [-50, 50]", "relu(z)", zs, z -> Math.max(0, z))
                .matches("reluPrime(z) at random z in [-50, 50]", "reluPrime(z)", zs, z -> z > 0 ? 1 : 0)
                .agreesWithCentralDifferences("reluPrime agrees with central differences of your relu",
                        "relu(z)", "reluPrime(z)", Probe.points(62, 30, -5, 5))
                .run();
    }

    @Test
    @Points(1)
    void the_library_convention_at_zero(Session s) {
        Probe.of(s, "relu or reluPrime")
                .exactly("reluPrime(0.0)", 0.0)
                .exactly("reluPrime(-0.0)", 0.0)
                .exactly("relu(0.0)", 0.0)
                .exactly("reluPrime(1e-12)", 1.0)
                .exactly("reluPrime(-1e-12)", 0.0)
                .run();
    }
}
