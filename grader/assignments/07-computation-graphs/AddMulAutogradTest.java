// Hidden tests of notebook 07, Exercise 2: (x + y)·z built from Values (grade cell check_add_mul_autograd, 2 points).
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.nnworkbook.grader.api.GradeId;
import org.nnworkbook.grader.api.Points;
import org.nnworkbook.grader.api.Session;

@GradeId("check_add_mul_autograd")
class AddMulAutogradTest {
    /** Builds the graph with the student's function, runs backward once, returns {f, df/dx, df/dy, df/dz}. */
    private static String afterBackward(double x, double y, double z) {
        return "((java.util.function.Supplier<double[]>) () -> {"
                + " org.nnworkbook.nn.Value a = new org.nnworkbook.nn.Value(" + x + ");"
                + " org.nnworkbook.nn.Value b = new org.nnworkbook.nn.Value(" + y + ");"
                + " org.nnworkbook.nn.Value c = new org.nnworkbook.nn.Value(" + z + ");"
                + " org.nnworkbook.nn.Value out = addMulGraph(a, b, c);"
                + " out.backward();"
                + " return new double[] {out.data(), a.grad(), b.grad(), c.grad()}; }).get()";
    }

    @Test
    @Points(1)
    void value_and_gradients_after_one_backward_call(Session s) {
        s.checkHidden("{f, df/dx, df/dy, df/dz} for the lecture's x=1, y=-3, z=4 (call backward() only in the check)",
                afterBackward(1, -3, 4), new double[] {-8, 4, 4, -2});
        Random rng = new Random(7072);
        for (int i = 1; i <= 3; i++) {
            double x = Math.round(rng.nextGaussian() * 2000) / 1000.0;
            double y = Math.round(rng.nextGaussian() * 2000) / 1000.0;
            double z = Math.round(rng.nextGaussian() * 2000) / 1000.0;
            double q = x + y;
            s.checkHidden("{f, df/dx, df/dy, df/dz} at hidden inputs #" + i, afterBackward(x, y, z),
                    new double[] {q * z, z, z, q});
        }
    }

    @Test
    @Points(1)
    void the_output_is_a_product_of_a_sum_and_z(Session s) {
        String structure = s.eval("((java.util.function.Supplier<String>) () -> {"
                + " org.nnworkbook.nn.Value a = new org.nnworkbook.nn.Value(0.5);"
                + " org.nnworkbook.nn.Value b = new org.nnworkbook.nn.Value(1.5);"
                + " org.nnworkbook.nn.Value c = new org.nnworkbook.nn.Value(-2.0);"
                + " org.nnworkbook.nn.Value out;"
                + " try { out = addMulGraph(a, b, c); } catch (RuntimeException e) { return \"threw \" + e; }"
                + " if (out == null) { return \"returned null\"; }"
                + " boolean sum = out.children().stream().anyMatch(v -> v.op().equals(\"+\")"
                + "     && v.children().contains(a) && v.children().contains(b));"
                + " return out.op() + \"|\" + out.children().contains(c) + \"|\" + sum; }).get()");
        String shown = structure.replace("\"", "");
        if (shown.startsWith("threw ") || shown.startsWith("returned null")) {
            s.check("addMulGraph(x, y, z) returns the output node", false, "addMulGraph " + shown);
        }
        String[] parts = shown.split("\\|");
        s.check("the output node is a multiplication", parts.length == 3 && parts[0].equals("*"),
                "f should be made by mul; it was made by '" + (parts.length > 0 ? parts[0] : "?") + "'");
        s.check("z is an operand of the output node", parts.length == 3 && parts[1].equals("true"),
                "multiply the sum by the z that was passed in, not by a new Value");
        s.check("the other operand is the sum x + y of the Values passed in", parts.length == 3 && parts[2].equals("true"),
                "the sum must be made from the x and y that were passed in, not from new Values");
    }
}
