// The unknown-name sentence, with an import suggested when a class of that name exists.
package org.nnworkbook.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import jdk.jshell.JShell;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class MissingNamesTest {
    private static final Function<String, Optional<String>> NONE = name -> Optional.empty();

    @Test
    void a_known_class_gets_its_import_suggested() throws InterruptedException {
        try (JShell shell = JShell.builder().executionEngine("local").build()) {
            // JShell indexes the JDK's classes in the background; a busy machine needs longer than 3 s.
            long deadline = System.nanoTime() + 120_000_000_000L;
            while (!shell.sourceCodeAnalysis().listQualifiedNames("IntStream", 9).isUpToDate() && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            String sentence = MissingNames.sentence("created method l1Loss(double[]), but it",
                    List.of("variable IntStream"), MissingNames.importsFrom(shell.sourceCodeAnalysis()));
            assertThat(sentence).isEqualTo("created method l1Loss(double[]), but it cannot run until IntStream is known:"
                    + " missing import java.util.stream.IntStream?");
        }
    }

    @Test
    void a_typo_is_asked_about() {
        assertThat(MissingNames.sentence("method loss(double)", List.of("method sigmod(double)"), NONE))
                .isEqualTo("method loss(double) cannot run until sigmod is known: is sigmod spelled right, and defined"
                        + " in a cell above?");
    }

    @Test
    void several_names_are_listed_once_each() {
        assertThat(MissingNames.sentence("method f()", List.of("class Foo", "method bar(int)", "method bar(double)"), NONE))
                .startsWith("method f() cannot run until Foo and bar are known: ");
    }

    @Test
    void a_compile_error_about_an_unknown_class_names_the_class_and_nothing_else_does() {
        assertThat(MissingNames.unknownClassIn("package LocalDate does not exist")).contains("LocalDate");
        assertThat(MissingNames.unknownClassIn("cannot find symbol\n  symbol:   class ChronoUnit")).contains("ChronoUnit");
        assertThat(MissingNames.unknownClassIn("cannot find symbol\n  symbol:   variable Duration")).contains("Duration");
        assertThat(MissingNames.unknownClassIn("cannot find symbol\n  symbol:   variable counter")).isEmpty();
        assertThat(MissingNames.unknownClassIn("cannot find symbol\n  symbol:   method sigmod(double)")).isEmpty();
        assertThat(MissingNames.unknownClassIn("package org.knowm.xchart does not exist")).isEmpty();
        assertThat(MissingNames.unknownClassIn("incompatible types: int cannot be converted to String")).isEmpty();
    }
}
