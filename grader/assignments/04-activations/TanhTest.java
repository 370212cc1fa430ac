// Hidden tests of notebook 04's Exercise 3 (grade cell check_tanh, 3 points).
import org.junit.jupiter.api.Test;
import org.nnworkbook.grader.api.GradeId;
import org.nnworkbook.grader.api.Points;
import org.nnworkbook.grader.api.Session;

@GradeId("check_tanh")
class TanhTest {
    @Test
    @Points(1)
    void tanh_on_random_inputs(Session s) {
        Probe.of(s, "tanh")
                .matches("tanh(z) at random z in [-10, 10]", "tanh(z)", Probe.points(51, 40, -10, 10), Math::tanh)
                .matches("tanh is odd: tanh(-z) = -tanh(z)", "tanh(-z) + tanh(z)", Probe.points(52, 20, -5, 5), z -> 0.0)
                .run();
    }

    @Test
    @Points(1)
    void tanh_far_out_is_plus_or_minus_one(Session s) {
        Probe.of(s, "tanh or tanhPrime")
                .matches("tanh(z) for |z| from 20 to 1000 (no NaN)", "tanh(z)",
                        new double[] {-1000, -800, -710, -400, -20, 20, 400, 710, 800, 1000}, Math::tanh)
                .matches("tanhPrime(z) for |z| from 400 to 1000 is 0 (no NaN)", "tanhPrime(z)",
                        new double[] {-1000, -800, -400, 400, 800, 1000}, z -> 0.0)
                .run();
    }

    @Test
    @Points(1)
    void tanh_prime_on_random_inputs(Session s) {
        Probe.of(s, "tanh or tanhPrime")
                .matches("tanhPrime(z) at random z in [-10, 10]", "tanhPrime(z)", Probe.points(53, 40, -10, 10),
                        z -> 1 - Math.tanh(z) * Math.tanh(z))
                .run();
    }
}
