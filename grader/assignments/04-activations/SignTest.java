// Hidden tests of notebook 04's Exercise 9 (grade cell check_sign, 1 point).
import org.junit.jupiter.api.Test;
import org.nnworkbook.grader.api.GradeId;
import org.nnworkbook.grader.api.Points;
import org.nnworkbook.grader.api.Session;

@GradeId("check_sign")
class SignTest {
    @Test
    @Points(1)
    void sign_and_its_derivative_with_the_library_conventions(Session s) {
        double[] zs = Probe.points(141, 40, -100, 100);
        Probe.of(s, "sign or signPrime")
                .matches("sign(z) at random z in [-100, 100]", "sign(z)", zs, z -> z >= 0 ? 1 : -1)
                .matches("signPrime(z) at random z in [-100, 100]", "signPrime(z)", zs, z -> 0.0)
                .exactly("sign(0.0)", 1.0)
                .exactly("sign(-0.0)", 1.0)
                .exactly("sign(-1e-300)", -1.0)
                .exactly("signPrime(0.0)", 0.0)
                .run();
    }
}
