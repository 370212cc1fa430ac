// Normalised answers: comments and layout do not count, string contents and code do.
package org.nnworkbook.grader.grading;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class JavaTextTest {
    @Test
    void comments_and_whitespace_go() {
        assertThat(JavaText.withoutCommentsAndWhitespace("double relu(double x) {\n  // mine\n  return Math.max(0, /* zero */ x);\n}"))
                .isEqualTo("doublerelu(doublex){returnMath.max(0,x);}");
    }

    @Test
    void comment_markers_and_spaces_inside_literals_stay() {
        assertThat(JavaText.withoutCommentsAndWhitespace("String s = \"a // b /* c\"; char q = '\"'; String t = \"\\\" x\";"))
                .isEqualTo("Strings=\"a // b /* c\";charq='\"';Stringt=\"\\\" x\";");
    }

    @Test
    void a_different_operation_is_a_different_answer() {
        assertThat(JavaText.withoutCommentsAndWhitespace("return a - b;"))
                .isNotEqualTo(JavaText.withoutCommentsAndWhitespace("return a + b;"));
    }

    @Test
    void an_unterminated_comment_or_string_runs_to_the_end() {
        assertThat(JavaText.withoutCommentsAndWhitespace("x = 1; /* open")).isEqualTo("x=1;");
        assertThat(JavaText.withoutCommentsAndWhitespace("s = \"open // still")).isEqualTo("s=\"open // still");
    }
}
