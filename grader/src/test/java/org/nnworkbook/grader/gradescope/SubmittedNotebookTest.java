// Which file of a Gradescope submission is graded, and what the student is told about the choice.
package org.nnworkbook.grader.gradescope;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class SubmittedNotebookTest {
    @TempDir
    Path submission;

    private Path file(String name) throws IOException {
        Path file = submission.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, "{}");
    }

    @Test
    void no_notebook_names_what_was_submitted() throws IOException {
        file("answers.txt");
        file(".ipynb_checkpoints/02-beyond-linear-checkpoint.ipynb");
        SubmittedNotebook.Choice choice = SubmittedNotebook.in(submission, "02-beyond-linear");
        assertThat(choice.entry()).isNull();
        assertThat(choice.found()).containsExactly("answers.txt"); // a Jupyter checkpoint is no submission
    }

    @Test
    void the_assignments_notebook_wins_and_the_others_are_named() throws IOException {
        file("scratch.ipynb");
        Path named = file("work/02-beyond-linear.ipynb");
        SubmittedNotebook.Choice choice = SubmittedNotebook.in(submission, "02-beyond-linear");
        assertThat(choice.entry().file()).isEqualTo(named);
        assertThat(choice.entry().copies()).isEmpty();
        assertThat(choice.note()).contains("work/02-beyond-linear.ipynb was graded").contains("not scratch.ipynb");
    }

    @Test
    void the_assignments_notebook_alone_needs_no_note() throws IOException {
        file("02-beyond-linear.ipynb");
        assertThat(SubmittedNotebook.in(submission, "02-beyond-linear").note()).isNull();
    }

    @Test
    void the_only_notebook_is_graded_under_another_name_and_the_student_is_told() throws IOException {
        Path only = file("my homework.ipynb");
        SubmittedNotebook.Choice choice = SubmittedNotebook.in(submission, "02-beyond-linear");
        assertThat(choice.entry().file()).isEqualTo(only);
        assertThat(choice.note()).contains("Graded my homework.ipynb, the only notebook")
                .contains("02-beyond-linear.ipynb");
    }

    @Test
    void several_notebooks_under_other_names_go_to_the_graders_choice_among_copies() throws IOException {
        file("a.ipynb");
        file("b.ipynb");
        SubmittedNotebook.Choice choice = SubmittedNotebook.in(submission, "02-beyond-linear");
        assertThat(choice.entry().copies()).hasSize(1);
        assertThat(choice.note()).contains("None of your notebooks is called 02-beyond-linear.ipynb");
    }

    @Test
    void a_missing_submission_folder_is_no_notebook() throws IOException {
        SubmittedNotebook.Choice choice = SubmittedNotebook.in(submission.resolve("absent"), "02-beyond-linear");
        assertThat(choice.entry()).isNull();
        assertThat(choice.found()).isEmpty();
    }
}
