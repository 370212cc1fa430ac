package org.nnworkbook.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class SelfCheckTest {

    static double relu(double x) {
        return Math.max(0, x);
    }

    static double notWrittenYet(double x) {
        throw new UnsupportedOperationException("Exercise 1: write relu");
    }

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);

    private String printed() {
        return printed.toString(StandardCharsets.UTF_8);
    }

    @Test
    void passing_checks_print_a_tick_per_check_and_do_not_throw() {
        SelfCheck check = SelfCheck.of("relu")
                .close("relu(-1.0)", () -> relu(-1.0), 0.0)
                .close("relu(2.5)", () -> relu(2.5), 2.5);
        check.report(out);
        assertAll(
                () -> assertThat(check.passed()).isTrue(),
                () -> assertThat(printed()).contains("relu\n", "✔ relu(-1.0) = 0.0", "✔ relu(2.5) = 2.5", "All 2 checks passed."));
    }

    @Test
    void a_wrong_value_names_what_was_got_and_expected_and_fails_the_cell() {
        SelfCheck check = SelfCheck.of("relu").close("relu(2.5)", () -> 0.0, 2.5);
        SelfCheckFailed failure = assertThrows(SelfCheckFailed.class, () -> check.report(out));
        assertAll(
                () -> assertThat(printed()).contains("✘ relu(2.5): got 0.0, expected 2.5 (off by 2.5)", "0 of 1 checks passed."),
                () -> assertThat(failure.getMessage()).isEqualTo("relu: 1 of 1 check failed (the lines above say which and why)"));
    }

    @Test
    void an_exercise_not_written_yet_is_reported_per_check_and_the_other_checks_still_run() {
        SelfCheck check = SelfCheck.of("relu")
                .close("relu(-1.0)", () -> notWrittenYet(-1.0), 0.0)
                .that("relu is never negative", () -> relu(-3) >= 0, "relu must return 0 for negative inputs");
        assertThrows(SelfCheckFailed.class, () -> check.report(out));
        assertAll(
                () -> assertThat(check.results()).extracting(CheckResult::passed).containsExactly(false, true),
                () -> assertThat(printed()).contains("✘ relu(-1.0): threw UnsupportedOperationException: Exercise 1: write relu"),
                () -> assertThat(printed()).contains("1 of 2 checks passed."));
    }

    @Test
    void any_exception_from_student_code_becomes_the_message() {
        SelfCheck check = SelfCheck.of("division").close("1/0", () -> {
            throw new ArithmeticException("/ by zero");
        }, 0.0);
        assertThat(check.results().get(0).toString()).isEqualTo("✘ 1/0: threw ArithmeticException: / by zero");
    }

    @Test
    void running_out_of_memory_is_not_a_check_result_but_the_cells_error() {
        SelfCheck check = SelfCheck.of("memory");
        assertThrows(OutOfMemoryError.class, () -> check.close("huge", () -> {
            throw new OutOfMemoryError("unable to create native thread");
        }, 0.0));
        assertThat(check.results()).isEmpty();
    }

    @Test
    void endless_recursion_gets_a_hint() {
        SelfCheck check = SelfCheck.of("recursion").close("f(1)", SelfCheckTest::forever, 1.0);
        assertThat(check.results().get(0).toString())
                .isEqualTo("✘ f(1): threw StackOverflowError (does your code call itself without end?)");
    }

    private static double forever() {
        return forever() + 1;
    }

    @Test
    void tolerance_is_absolute_near_zero_and_relative_for_large_values() {
        SelfCheck check = SelfCheck.of("tolerance")
                .close("small", () -> 1e-7, 0.0)
                .close("large", () -> 1e9 + 1, 1e9)
                .close("too far", () -> 1e-5, 0.0);
        assertThat(check.results()).extracting(CheckResult::passed).containsExactly(true, true, false);
    }

    @Test
    void nan_gets_a_hint_about_where_nans_come_from() {
        SelfCheck check = SelfCheck.of("log").close("log(-1)", () -> Math.log(-1), 0.0);
        assertThat(check.results().get(0).detail()).startsWith("got NaN, expected 0.0 (look for");
    }

    @Test
    void arrays_are_compared_entry_by_entry_and_the_first_wrong_entry_is_named() {
        SelfCheck check = SelfCheck.of("softmax")
                .close("right", () -> new double[] {0.25, 0.75}, new double[] {0.25, 0.75}, 1e-9)
                .close("wrong", () -> new double[] {0.25, 0.70}, new double[] {0.25, 0.75}, 1e-9)
                .close("short", () -> new double[] {1}, new double[] {0.25, 0.75}, 1e-9);
        assertAll(
                () -> assertThat(check.results()).extracting(CheckResult::passed).containsExactly(true, false, false),
                () -> assertThat(check.results().get(1).detail()).startsWith("entry 1 is 0.7, expected 0.75"),
                () -> assertThat(check.results().get(2).detail()).isEqualTo("got 1 values, expected 2"));
    }

    @Test
    void equal_compares_arrays_by_content() {
        SelfCheck check = SelfCheck.of("labels")
                .equal("argmax", () -> new int[] {0, 2, 1}, new int[] {0, 2, 1})
                .equal("word", () -> "cat", "dog");
        assertAll(
                () -> assertThat(check.results()).extracting(CheckResult::passed).containsExactly(true, false),
                () -> assertThat(check.results().get(1).toString()).isEqualTo("✘ word: got cat, expected dog"));
    }

    @Test
    void throwsA_passes_only_for_the_expected_exception_type() {
        SelfCheck check = SelfCheck.of("errors")
                .throwsA("bad shape", IllegalArgumentException.class, () -> {
                    throw new IllegalArgumentException("shape");
                })
                .throwsA("silent", IllegalArgumentException.class, () -> { })
                .throwsA("wrong type", IllegalArgumentException.class, () -> {
                    throw new IllegalStateException("state");
                });
        assertAll(
                () -> assertThat(check.results()).extracting(CheckResult::passed).containsExactly(true, false, false),
                () -> assertThat(check.results().get(1).detail()).isEqualTo("threw nothing, expected IllegalArgumentException"),
                () -> assertThat(check.results().get(2).detail()).isEqualTo(
                        "threw IllegalStateException: state, expected IllegalArgumentException"));
    }

    @Test
    void a_report_without_checks_is_a_mistake_in_the_notebook() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> SelfCheck.of("empty").report(out));
        assertThat(e.getMessage()).isEqualTo("empty: no checks were added before report()");
    }
}
