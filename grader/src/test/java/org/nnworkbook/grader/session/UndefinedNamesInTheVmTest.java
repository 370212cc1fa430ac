// A check cell's SelfCheck in a real execution VM: a method that uses an undefined name is reported as such.
package org.nnworkbook.grader.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.nnworkbook.grader.WorkbookHome;
import org.nnworkbook.grader.sandbox.Limits;
import org.nnworkbook.grader.sandbox.Sandbox;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class UndefinedNamesInTheVmTest {
    private static final Duration LIMIT = Duration.ofSeconds(20);

    @Test
    void self_check_names_the_method_that_uses_an_undefined_name_instead_of_a_resolution_exception() throws Exception {
        try (Sandbox sandbox = Sandbox.create(null, Limits.defaults(), WorkbookHome.locate().studentClasspath(), List.of());
             StudentVm vm = StudentVm.start(sandbox)) {
            assertThat(vm.runCell("double relu(double z) {\n    return Maths.max(0, z);\n}", LIMIT).worst().kind())
                    .isEqualTo(SnippetResult.Kind.OK); // JShell accepts it, to be completed later, as the kernel does
            CellOutcome check = vm.runCell("org.nnworkbook.check.SelfCheck.of(\"Exercise 4: ReLU\")\n"
                    + "    .close(\"relu(2.5)\", () -> relu(2.5), 2.5)\n    .report();", LIMIT);

            assertThat(check.output()).contains("✘ relu(2.5): relu uses a name that is not defined in the notebook"
                    + " (a typo or a missing import?)").doesNotContain("SPIResolutionException");
        }
    }

    @Test
    void a_correct_answer_using_the_jshell_default_imports_runs() throws Exception {
        try (Sandbox sandbox = Sandbox.create(null, Limits.defaults(), List.of(), List.of());
             StudentVm vm = StudentVm.start(sandbox)) {
            vm.runCell("double sum(int n) {\n    return IntStream.rangeClosed(1, n).sum();\n}", LIMIT);
            assertThat(vm.eval("sum(4)", LIMIT)).isEqualTo(SnippetResult.ok("10.0"));
        }
    }
}
