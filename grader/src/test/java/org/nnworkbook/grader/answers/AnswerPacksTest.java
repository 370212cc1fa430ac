// How answers share submissions: never two for one exercise, never two that should lose points.
package org.nnworkbook.grader.answers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class AnswerPacksTest {
    private static final Predicate<AnswerFile> LOSES = a -> a.kind().equals("wrong");

    @Test
    void each_answer_is_graded_once_with_at_most_one_per_exercise_and_one_that_loses_marks() {
        List<AnswerFile> answers = List.of(answer("sigmoid", "correct-a"), answer("sigmoid", "correct-b"),
                answer("sigmoid", "correct-c"), answer("sigmoid", "wrong-a"), answer("relu", "wrong-a"),
                answer("relu", "wrong-b"), answer("relu", "correct-a"), answer("dot", "correct-a"));

        List<List<AnswerFile>> packs = AnswerPacks.of(answers, LOSES);

        assertThat(packs.stream().flatMap(List::stream)).containsExactlyInAnyOrderElementsOf(answers);
        assertThat(packs).allSatisfy(pack -> {
            assertThat(pack.stream().filter(LOSES)).hasSizeLessThanOrEqualTo(1);
            assertThat(pack.stream().map(AnswerFile::solutionId).distinct()).hasSameSizeAs(pack);
        });
        assertThat(packs).as("three that lose marks, one of them for sigmoid, and three correct sigmoids").hasSize(4);
    }

    @Test
    void answers_that_all_keep_full_marks_share_as_far_as_their_exercises_allow() {
        List<List<AnswerFile>> packs = AnswerPacks.of(List.of(answer("a", "correct-1"), answer("b", "correct-1"),
                answer("a", "correct-2")), LOSES);

        assertThat(packs).hasSize(2);
    }

    private static AnswerFile answer(String solutionId, String name) {
        return new AnswerFile(Path.of(solutionId, name + ".jsh"), solutionId, name.substring(0, name.indexOf('-')), name,
                0, "about", "// expect 0: about\n");
    }
}
