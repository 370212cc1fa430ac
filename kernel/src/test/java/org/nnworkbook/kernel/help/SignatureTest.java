// Taking JShell's signatures apart: methods, constructors, fields, classes, generics, varargs, notebook variables.
package org.nnworkbook.kernel.help;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class SignatureTest {

    @Test
    void a_method_with_generic_and_qualified_parameters() {
        assertThat(Signature.parse("BoundaryPlot Plots.boundary(java.util.function.ToIntFunction<double[]> classifier, "
                + "org.nnworkbook.data.Dataset data)"))
                .contains(new Signature("Plots", "boundary", List.of("ToIntFunction", "Dataset"), true));
    }

    @Test
    void varargs_generic_returns_and_throws() {
        assertThat(Signature.parse("java.util.Map<String, Integer> a.b.C.<T>m(int x, double... ys) throws java.io.IOException"))
                .contains(new Signature("a.b.C", "m", List.of("int", "double[]"), true));
    }

    @Test
    void a_constructor_with_and_without_parameter_names() {
        assertThat(Signature.parse("Linear(int in, int out)"))
                .contains(new Signature("Linear", "<init>", List.of("int", "int"), true));
        assertThat(Signature.parse("org.x.Linear(int, java.util.Random)"))
                .contains(new Signature("org.x.Linear", "<init>", List.of("int", "Random"), true));
    }

    @Test
    void a_field_a_class_and_a_notebook_variable() {
        assertThat(Signature.parse("Matrix.rows:int")).contains(new Signature("Matrix", "rows", List.of(), false));
        assertThat(Signature.parse("java.util.List<E>"))
                .contains(new Signature("java.util.List", "", List.of(), false));
        assertThat(Signature.parse("model:org.nnworkbook.nn.layers.Linear")).isEmpty();
    }

    @Test
    void parameter_types_from_source_compare_by_simple_erased_name() {
        assertThat(Signature.simpleType("Supplier<? extends Layer>")).isEqualTo("Supplier");
        assertThat(Signature.simpleType("final double[] [] grid")).isEqualTo("double[][]");
        assertThat(Signature.simpleType("@Deprecated java.util.Random")).isEqualTo("Random");
    }
}
