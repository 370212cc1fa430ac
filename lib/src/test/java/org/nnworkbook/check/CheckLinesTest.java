package org.nnworkbook.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertAll;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** The lines the grader builds from values it got from another JVM: they must read as SelfCheck's do. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class CheckLinesTest {

    @Test
    void the_javadoc_examples_hold() {
        assertAll(
                () -> assertThat(CheckLines.close("relu(2.5)", 0.0, 2.5, 1e-6))
                        .hasToString("✘ relu(2.5): got 0.0, expected 2.5 (off by 2.5)"),
                () -> assertThat(CheckLines.threw("relu(2.5)", "java.lang.UnsupportedOperationException",
                        "exercise relu: not written yet"))
                        .hasToString("✘ relu(2.5): threw UnsupportedOperationException: exercise relu: not written yet"));
    }

    @Test
    void an_exception_known_only_by_its_name_reads_as_one_caught_here() {
        IllegalStateException thrown = new IllegalStateException("no weights");
        assertAll(
                () -> assertThat(CheckLines.threw("w", "java.lang.IllegalStateException", "no weights"))
                        .isEqualTo(CheckLines.threw("w", thrown)),
                () -> assertThat(CheckLines.threw("w", "SomeError", " ")).hasToString("✘ w: threw SomeError"));
    }

    @Test
    void a_passing_number_and_a_passing_array_say_what_was_got() {
        assertAll(
                () -> assertThat(CheckLines.close("relu(-1.0)", 0.0, 0.0, 1e-6)).hasToString("✔ relu(-1.0) = 0.0"),
                () -> assertThat(CheckLines.close("v", new double[] {1, 2}, new double[] {1, 2.0000001}, 1e-6))
                        .hasToString("✔ v matches (max difference 1.0E-7)"));
    }

    /** The stand-in for jdk.jshell.spi.SPIResolutionException: the same simple name, which is all CheckLines looks at. */
    private static final class SPIResolutionException extends RuntimeException {
        SPIResolutionException() {
            super("resolution exception");
        }
    }

    @Test
    void a_call_of_a_method_that_uses_an_undefined_name_says_so_instead_of_resolution_exception() {
        SPIResolutionException thrown = new SPIResolutionException();
        thrown.setStackTrace(new StackTraceElement[] {
                new StackTraceElement("REPL.$JShell$17", "sigmoid", "#17", 3),
                new StackTraceElement("org.nnworkbook.check.SelfCheck", "run", "SelfCheck.java", 90)});
        assertAll(
                () -> assertThat(CheckLines.threw("sigmoid(0)", thrown)).hasToString("✘ sigmoid(0): sigmoid uses a name"
                        + " that is not defined in the notebook (a typo or a missing import?)"),
                () -> assertThat(CheckLines.threw("sigmoid(0)", "jdk.jshell.spi.SPIResolutionException", "resolution exception"))
                        .hasToString("✘ sigmoid(0): uses a name that is not defined in the notebook (a typo or a missing import?)"),
                () -> assertThat(CheckLines.undefinedName("relu(2.5)", "relu", "IntStream"))
                        .hasToString("✘ relu(2.5): relu uses IntStream, which is not defined (a typo or a missing import?)"),
                () -> assertThat(CheckLines.threw("x", new IllegalStateException("resolution exception")))
                        .hasToString("✘ x: threw IllegalStateException: resolution exception"));
    }

    @Test
    void a_wrong_value_shows_as_many_digits_as_it_takes_to_differ_from_the_expected_one() {
        assertAll(
                () -> assertThat(CheckLines.shown(0.8807970779778823, 0.5)).isEqualTo("0.880797"),
                () -> assertThat(CheckLines.shown(-0.9999999, -1.0)).isEqualTo("-0.9999999"),
                () -> assertThat(CheckLines.shown(-1.0, -0.9999999)).isEqualTo("-1.0"),
                () -> assertThat(CheckLines.close("tanh(800)", -0.99999999, -1.0, 1e-9))
                        .hasToString("✘ tanh(800): got -0.99999999, expected -1.0 (off by 1.0E-8)"),
                () -> assertThat(CheckLines.close("sigmoid(2)", 0.5, 0.8807970779778823, 1e-6))
                        .hasToString("✘ sigmoid(2): got 0.5, expected 0.880797 (off by 0.3807971)"),
                () -> assertThat(CheckLines.close("v", new double[] {1.0000004, 2}, new double[] {1.0000001, 2}, 1e-9))
                        .hasToString("✘ v: entry 0 is 1.0000004, expected 1.0000001; got [1.0000004, 2.0], expected [1.0000001, 2.0]"));
    }

    @Test
    void a_check_that_expects_none_reads_as_the_problem_it_found() {
        assertAll(
                () -> assertThat(CheckLines.equal("f' agrees with central differences", "at z = 0.5 your derivative is 0.2", "none"))
                        .hasToString("✘ f' agrees with central differences: at z = 0.5 your derivative is 0.2"),
                () -> assertThat(CheckLines.equal("f' agrees", "none", "none")).hasToString("✔ f' agrees = none"),
                () -> assertThat(CheckLines.equal("name", "bob", "alice")).hasToString("✘ name: got bob, expected alice"));
    }
}
