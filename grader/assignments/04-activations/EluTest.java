// Hidden tests of notebook 04's Exercise 7 (grade cell check_elu, 2 points).
import org.junit.jupiter.api.Test;
import org.nnworkbook.grader.api.GradeId;
import org.nnworkbook.grader.api.Points;
import org.nnworkbook.grader.api.Session;

@GradeId("check_elu")
class EluTest {
    @Test
    @Points(1)
    void elu_for_several_alphas(Session s) {
        Probe probe = Probe.of(s, "elu");
        for (double alpha : new double[] {1.0, 0.3, 2.5}) {
            probe.matches("elu(z, " + alpha + ") at random z in [-20, 10]", "elu(z, " + alpha + ")",
                    Probe.points(101 + (long) (10 * alpha), 30, -20, 10), z -> z > 0 ? z : alpha * Math.expm1(z));
        }
        probe.matches("elu(z, 1.0) far on the left approaches -1", "elu(z, 1.0)", new double[] {-100, -800}, z -> -1.0).run();
    }

    @Test
    @Points(1)
    void elu_prime_for_several_alphas_and_at_zero(Session s) {
        Probe probe = Probe.of(s, "eluPrime");
        for (double alpha : new double[] {1.0, 0.3, 2.5}) {
            probe.matches("eluPrime(z, " + alpha + ") at random z in [-20, 10]", "eluPrime(z, " + alpha + ")",
                    Probe.points(111 + (long) (10 * alpha), 30, -20, 10), z -> z > 0 ? 1 : alpha * Math.exp(z))
                    .exactly("eluPrime(0.0, " + alpha + ")", alpha);
        }
        probe.run();
    }
}
