// Hidden tests of notebook 04's Exercise 10 (grade cell check_sigmoid_scales, 2 points).
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.nnworkbook.grader.api.GradeId;
import org.nnworkbook.grader.api.Literals;
import org.nnworkbook.grader.api.Points;
import org.nnworkbook.grader.api.Reference;
import org.nnworkbook.grader.api.Session;

@GradeId("check_sigmoid_scales")
class SigmoidScalesTest {
    @Test
    @Points(1)
    void linear_scale_for_other_epsilons(Session s) {
        double[] eps = {0.001, 0.02, 1e-6, 1e-5};
        Probe.of(s, "linearScale").matches("linearScale(eps) for other epsilons", "eps", "linearScale(eps)", eps, e -> 4 / e).run();
        // Property: the scaled sigmoid gives x back for small eps·x.
        double x = 7.5;
        double back = s.evalDouble("linearScale(1e-5)") * (Reference.sigmoid(1e-5 * x) - 0.5);
        s.check("linearScale(1e-5) · (σ(1e-5 · 7.5) - 1/2) gives back 7.5", Math.abs(back - x) < 1e-6,
                "it gives " + back + "; compare your factor with the slope σ'(0) = 1/4");
    }

    @Test
    @Points(1)
    void threshold_steepness_for_other_widths_and_tolerances(Session s) {
        double[][] cases = {{0.01, 1e-3}, {0.5, 0.05}, {2.0, 1e-6}, {1e-4, 0.01}};
        List<String> calls = Stream.of(cases).map(c -> Literals.call("thresholdSteepness", c[0], c[1])).toList();
        double[] ks = s.evalDoubleArrays("thresholdSteepness", List.of("new double[] {" + String.join(", ", calls) + "}")).get(0);
        for (int i = 0; i < cases.length; i++) {
            double delta = cases[i][0], tol = cases[i][1], k = ks[i];
            String call = calls.get(i);
            s.check(call + ": σ(-k·δ) is within tol of 0", Reference.sigmoid(-k * delta) <= tol * (1 + 1e-9),
                    "with k = " + k + " the sigmoid at x = δ is " + Reference.sigmoid(-k * delta) + ", more than tol away from the step");
            s.check(call + ": k is the smallest such steepness", Probe.close(k, Math.log((1 - tol) / tol) / delta, 1e-9),
                    "k = " + k + " also works but is not the smallest; solve σ(-kδ) = tol exactly");
        }
    }
}
