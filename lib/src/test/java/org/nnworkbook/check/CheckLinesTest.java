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
}
