// Hidden tests of Exercise 4, collapseWeights and collapseBias (grade cell check_collapse, 4 points): weights, bias, and both together.
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.nnworkbook.grader.api.GradeId;
import org.nnworkbook.grader.api.Inputs;
import org.nnworkbook.grader.api.Literals;
import org.nnworkbook.grader.api.Points;
import org.nnworkbook.grader.api.Reference;
import org.nnworkbook.grader.api.Session;

@GradeId("check_collapse")
class CollapseTest {
    @Test
    @Points(2)
    void collapse_weights_of_the_worked_example_and_hidden_layers(Session s) {
        String w1 = "new double[][] {{1, -1}, {2, 0}, {0, 1}}", w2 = "new double[][] {{1, 1, -2}}";
        s.checkValues("collapseWeights(" + w1 + ", " + w2 + ")",
                s.evalDoubleArray(Literals.flattened("collapseWeights(" + w1 + ", " + w2 + ")")), new double[] {3, -3});
        Random rng = new Random(44);
        double[][] W1 = Inputs.uniform(rng, 4, 3, 2), W2 = Inputs.uniform(rng, 2, 4, 2);
        String call = Literals.call("collapseWeights", W1, W2);
        s.check("a 2 × 4 times a 4 × 3 matrix has 2 rows", s.evalDouble(call + ".length") == 2,
                "the result has as many rows as W2");
        s.check("... and 3 columns", s.evalDouble(call + "[0].length") == 3, "the result has as many columns as W1");
        s.checkHidden("collapseWeights of random 4 × 3 and 2 × 4 layers (entries row by row)", Literals.flattened(call),
                Reference.flatten(BeyondLinear.multiply(W2, W1)));
        double[][] identity = {{1, 0, 0, 0}, {0, 1, 0, 0}, {0, 0, 1, 0}, {0, 0, 0, 1}};
        s.checkHidden("collapseWeights with the identity as W2 gives W1 back",
                Literals.flattened(Literals.call("collapseWeights", W1, identity)), Reference.flatten(W1));
    }

    @Test
    @Points(1)
    void collapse_bias_of_the_worked_example_and_hidden_layers(Session s) {
        s.checkClose("collapseBias(new double[][] {{1, 1, -2}}, new double[] {0, 1, -1}, new double[] {0.5})", new double[] {3.5});
        Random rng = new Random(55);
        double[][] W2 = Inputs.uniform(rng, 3, 5, 2);
        double[] b1 = Inputs.uniform(rng, 5, 2), b2 = Inputs.uniform(rng, 3, 2);
        s.checkHidden("collapseBias of a random 3 × 5 layer",
                Literals.call("collapseBias", W2, b1, b2), BeyondLinear.layer(W2, b2, b1));
        s.checkHidden("collapseBias with b1 = 0 is b2", Literals.call("collapseBias", W2, "new double[5]", b2), b2);
    }

    @Test
    @Points(1)
    void the_collapsed_layer_gives_the_same_outputs_as_the_stacked_network(Session s) {
        // The lecture's form v^T (W x + b) + c: one output, so W2 is the row v^T.
        Random rng = new Random(66);
        double[][] W = Inputs.uniform(rng, 6, 2, 2), v = Inputs.uniform(rng, 1, 6, 2);
        double[] b = Inputs.uniform(rng, 6, 1), c = Inputs.uniform(rng, 1, 1);
        double[] collapsedW = s.evalDoubleArray(Literals.flattened(Literals.call("collapseWeights", W, v)));
        double[] collapsedB = s.evalDoubleArray(Literals.call("collapseBias", v, b, c));
        s.check("v^T W has 2 entries and v^T b + c has 1", collapsedW.length == 2 && collapsedB.length == 1,
                "got " + collapsedW.length + " weights and " + collapsedB.length + " biases");
        double worst = 0;
        for (int i = 0; i < 25; i++) {
            double[] x = Inputs.uniform(rng, 2, 3);
            double stacked = BeyondLinear.layer(v, c, BeyondLinear.layer(W, b, x))[0];
            double single = collapsedW[0] * x[0] + collapsedW[1] * x[1] + collapsedB[0];
            worst = Math.max(worst, Math.abs(stacked - single));
        }
        s.check("on 25 random inputs the collapsed layer matches v^T (W x + b) + c", worst < 1e-9,
                "the outputs differ by up to " + worst);
    }
}
