// Hidden tests of notebook 04's Exercise 6 (grade cell check_prelu, 3 points): one point per function.
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.nnworkbook.grader.api.GradeId;
import org.nnworkbook.grader.api.Points;
import org.nnworkbook.grader.api.Session;

@GradeId("check_prelu")
class PreluTest {
    static final double[] SLOPES = {0.0, 0.05, 0.37, 0.9};

    @Test
    @Points(1)
    void prelu_for_several_slopes(Session s) {
        Probe probe = Probe.of(s, "prelu");
        for (double a : SLOPES) {
            probe.matches("prelu(z, " + a + ") at random z", "prelu(z, " + a + ")", Probe.points(81 + (long) (100 * a), 25, -20, 20),
                    z -> z > 0 ? z : a * z);
        }
        probe.run();
    }

    @Test
    @Points(1)
    void derivative_in_z_for_several_slopes_and_at_zero(Session s) {
        Probe probe = Probe.of(s, "preluPrime");
        for (double a : SLOPES) {
            probe.matches("preluPrime(z, " + a + ") at random z", "preluPrime(z, " + a + ")",
                            Probe.points(81 + (long) (100 * a), 25, -20, 20), z -> z > 0 ? 1 : a)
                    .exactly("preluPrime(0.0, " + a + ")", a);
        }
        probe.run();
    }

    @Test
    @Points(1)
    void derivative_with_respect_to_the_slope(Session s) {
        Probe probe = Probe.of(s, "preluSlopeGrad");
        Random rng = new Random(90);
        for (int i = 0; i < 6; i++) {
            double z = -5 + 10 * rng.nextDouble();
            // As functions of the slope a, for a fixed z.
            probe.matches("preluSlopeGrad(" + z + ", a) at several slopes a", "a", "preluSlopeGrad(" + z + ", a)",
                    new double[] {0.01, 0.2, 0.5, 0.8}, a -> z > 0 ? 0 : z);
        }
        probe.exactly("preluSlopeGrad(0.0, 0.25)", 0.0).run();
    }
}
