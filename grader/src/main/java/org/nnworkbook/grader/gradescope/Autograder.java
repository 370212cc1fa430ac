// What run_autograder does on Gradescope: grade the one submission into /autograder/results/results.json.
package org.nnworkbook.grader.gradescope;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.nnworkbook.grader.WorkbookHome;
import org.nnworkbook.grader.assignment.Assignment;
import org.nnworkbook.grader.grading.SubmissionGrader;
import org.nnworkbook.grader.release.StudentVersion;
import org.nnworkbook.grader.report.GradescopeJson;
import org.nnworkbook.grader.result.Status;
import org.nnworkbook.grader.result.SubmissionResult;
import org.nnworkbook.grader.sandbox.Isolation;
import org.nnworkbook.grader.sandbox.Limits;
import org.nnworkbook.grader.sandbox.Sandbox;
import org.nnworkbook.grader.sandbox.SandboxException;
import org.nnworkbook.grader.sandbox.VmUser;

/**
 * Runs as root (Gradescope's harness does); student code runs in execution VMs as {@code user}.
 * Every outcome writes results.json, also a broken assignment or a machine that cannot isolate
 * student code, so the student reads what happened instead of Gradescope's "no results".
 * What went wrong on the machine's side goes to stdout too, which only the instructor sees.
 */
public final class Autograder {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** What one run needs; {@code user} null runs VMs as the grader's own user (for trying it out). */
    public record Options(Path assignment, Path testsDir, Path submission, Path results, String user, Limits limits) {
    }

    private Autograder() {
    }

    /** @return 0 when results.json holds a grade, 1 when it holds only the reason there is none */
    public static int run(Options options, PrintWriter out) throws IOException, InterruptedException {
        try (Assignment assignment = Assignment.load(options.assignment(), options.testsDir())) {
            if (!assignment.problems().isEmpty()) {
                assignment.problems().forEach(p -> out.println("autograde: " + p));
                return notGraded(options.results(), "the autograder of this assignment has problems (your"
                        + " instructor can see them in the autograder's output); your notebook was not graded", out);
            }
            SubmittedNotebook.Choice choice = SubmittedNotebook.in(options.submission(), assignment.id());
            if (choice.entry() == null) {
                SubmissionResult none = new SubmissionResult(assignment.id(), Status.INVALID, 0, assignment.maxPoints(),
                        "no notebook (.ipynb file) was submitted" + (choice.found().isEmpty() ? ""
                                : "; the submission holds " + String.join(", ", choice.found())),
                        List.of(), List.of(), List.of(), "none", 0);
                write(options.results(), GradescopeJson.of(none, assignment));
                return 0;
            }
            try (Sandbox sandbox = sandbox(options)) {
                out.println("autograde: " + sandbox.summary());
                SubmissionGrader grader = new SubmissionGrader(assignment, StudentVersion.of(assignment), sandbox);
                SubmissionResult result = withNote(grader.grade(choice.entry()), choice.note());
                write(options.results(), GradescopeJson.of(result, assignment));
                out.printf("autograde: %s %s of %s points (%.1f s)%n", result.status().id(), result.points(),
                        result.maxPoints(), result.seconds());
                return 0;
            } catch (SandboxException e) {
                out.println("autograde: " + e.getMessage());
                return notGraded(options.results(), "the grading machine could not run your code safely (a problem"
                        + " of the autograder, not of your notebook; your instructor can see it); please tell them", out);
            }
        }
    }

    /**
     * The strongest isolation that works here, never {@code none}: the harness runs as root and
     * student code must not run with nothing but a user id between it and the results.
     */
    private static Sandbox sandbox(Options options) throws SandboxException {
        VmUser user = options.user() == null ? null : VmUser.named(options.user());
        WorkbookHome home = WorkbookHome.locate();
        Sandbox sandbox = Sandbox.create(null, options.limits(), home.studentClasspath(), home.readableData(), user);
        if (sandbox.isolation() == Isolation.NONE) {
            String summary = sandbox.summary();
            sandbox.close();
            throw new SandboxException("refusing to grade without isolation: " + summary
                    + " (install bubblewrap, or run the grader on Java 17-23 for its security manager)");
        }
        return sandbox;
    }

    private static SubmissionResult withNote(SubmissionResult result, String note) {
        if (note == null) {
            return result;
        }
        List<String> notes = new ArrayList<>();
        notes.add(note);
        notes.addAll(result.notes());
        return new SubmissionResult(result.name(), result.status(), result.points(), result.maxPoints(), result.message(),
                result.tests(), notes, result.cells(), result.isolation(), result.seconds());
    }

    private static int notGraded(Path results, String why, PrintWriter out) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("score", 0);
        root.put("output", "Not graded: " + why + ".");
        root.putArray("tests");
        root.putObject("extra_data").put("status", "error");
        write(results, JSON.writeValueAsString(root) + "\n");
        out.println("autograde: wrote " + results + " without a grade");
        return 1;
    }

    private static void write(Path results, String json) throws IOException {
        Path parent = results.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(results, json, StandardCharsets.UTF_8);
    }
}
