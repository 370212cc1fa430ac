// nn-grader answers NOTEBOOK...: grades each notebook's answer set and prints the table exercise × answer → points.
package org.nnworkbook.grader.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.nnworkbook.grader.answers.AnswerOutcome;
import org.nnworkbook.grader.answers.AnswerSetException;
import org.nnworkbook.grader.answers.AnswerSets;
import org.nnworkbook.grader.sandbox.SandboxException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "answers", mixinStandardHelpOptions = true,
        description = {"Grades each notebook's answer set (grader/assignments/<notebook>/answers/<solution>/<kind>-<name>.jsh)",
                "in one batch and prints a table: exercise, answer, expected points, points got, other exercises.",
                "Exit code 0 when every answer scored as it expects and cost no other exercise, 1 otherwise, 2 on bad input."})
final class AnswersCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "NOTEBOOK", description = "Instructor notebooks with an answer set.")
    List<Path> notebooks;

    @Mixin
    BatchOptions batch;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int exit = 0;
        for (Path notebook : notebooks) {
            if (!AnswerSets.hasAnswers(notebook)) {
                err.println("answers: " + notebook + " has no answer set; write one in " + AnswerSets.answersDir(notebook));
                return 2;
            }
            List<AnswerOutcome> outcomes;
            try {
                outcomes = AnswerSets.grade(notebook, batch.jobs, batch.isolation, err);
            } catch (AnswerSetException | SandboxException e) {
                err.println("answers: " + e.getMessage());
                return 2;
            }
            out.println("\n" + notebook.getFileName() + "\n\n" + AnswerOutcome.header());
            outcomes.forEach(o -> out.println(o.row()));
            for (AnswerOutcome outcome : outcomes) {
                if (!outcome.holds()) {
                    err.println("✘ " + outcome.failure());
                    exit = 1;
                }
            }
        }
        return exit;
    }
}
