// Measures grading throughput: a class of typical submissions graded end to end, in submissions per minute.
package org.nnworkbook.grader.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.nnworkbook.grader.TempFolders;
import org.nnworkbook.grader.WorkbookHome;
import org.nnworkbook.grader.assignment.Assignment;
import org.nnworkbook.grader.grading.BatchGrader;
import org.nnworkbook.grader.grading.Shard;
import org.nnworkbook.grader.notebook.Cell;
import org.nnworkbook.grader.notebook.Notebook;
import org.nnworkbook.grader.notebook.SolutionRegions;
import org.nnworkbook.grader.release.StudentVersion;
import org.nnworkbook.grader.result.Status;
import org.nnworkbook.grader.result.SubmissionResult;
import org.nnworkbook.grader.sandbox.Isolation;
import org.nnworkbook.grader.sandbox.Limits;
import org.nnworkbook.grader.sandbox.Sandbox;
import org.nnworkbook.grader.sandbox.SandboxException;

/**
 * The class is a mix a real batch has: complete answers, a blank notebook, and answers with
 * some exercises left out, in the ratio 2 : 1 : 1. The time includes everything a grade run
 * does after start-up (compiling hidden tests and probing the sandbox are not counted).
 */
public final class Bench {
    private Bench() {
    }

    public static int run(Path assignmentNotebook, int submissions, int jobs, Isolation isolation, PrintWriter out,
                          PrintWriter err) throws IOException, InterruptedException {
        Path work = Files.createTempDirectory("nn-grader-bench-");
        try {
            return run(work, assignmentNotebook, submissions, jobs, isolation, out, err);
        } finally {
            TempFolders.deleteTree(work);
        }
    }

    private static int run(Path work, Path assignmentNotebook, int submissions, int jobs, Isolation isolation,
                           PrintWriter out, PrintWriter err) throws IOException, InterruptedException {
        Path notebook = assignmentNotebook != null ? assignmentNotebook : SampleAssignment.extractTo(work.resolve("sample"));
        try (Assignment assignment = Assignment.load(notebook, null)) {
            if (!assignment.problems().isEmpty()) {
                assignment.problems().forEach(p -> err.println("bench: " + p));
                return 2;
            }
            Path class_ = Files.createDirectories(work.resolve("submissions"));
            writeClass(assignment, submissions, class_);
            WorkbookHome home = WorkbookHome.locate();
            BatchGrader.Options options = new BatchGrader.Options(notebook, List.of(class_), work.resolve("out"), jobs,
                    Shard.ALL, Limits.defaults(), isolation, null, List.of());
            try (Sandbox sandbox = Sandbox.create(isolation, Limits.defaults(), home.studentClasspath(), home.readableData())) {
                long start = System.nanoTime();
                List<SubmissionResult> results = BatchGrader.gradeAll(assignment, sandbox,
                        org.nnworkbook.grader.grading.Submissions.resolve(List.of(class_), notebook.getFileName().toString()),
                        options, err);
                double seconds = (System.nanoTime() - start) / 1e9;
                long notOk = results.stream().filter(r -> r.status() != Status.OK).count();
                ObjectNode line = new ObjectMapper().createObjectNode();
                line.put("bench", "grader");
                line.put("assignment", assignment.id());
                line.put("submissions", results.size());
                line.put("jobs", jobs);
                line.put("cores", Runtime.getRuntime().availableProcessors());
                line.put("isolation", sandbox.isolation().id());
                line.put("seconds", Math.round(seconds * 10) / 10.0);
                line.put("submissions_per_minute", Math.round(results.size() * 60 / seconds * 10) / 10.0);
                out.println(line);
                if (notOk > 0) {
                    err.println("bench: " + notOk + " submission(s) did not grade with status ok; the figure is suspect");
                    return 1;
                }
                return 0;
            } catch (SandboxException e) {
                err.println("bench: " + e.getMessage());
                return 2;
            }
        }
    }

    private static void writeClass(Assignment assignment, int size, Path folder) throws IOException {
        Notebook blank = StudentVersion.of(assignment);
        Notebook partial = assignment.instructor().copy();
        List<Cell> solutions = partial.cells().stream()
                .filter(c -> c.isCode() && c.nbgrader() != null && c.nbgrader().solution()).toList();
        for (Cell cell : solutions.subList(solutions.size() / 2, solutions.size())) {
            cell.writeSource(SolutionRegions.stubCode(cell.source(), cell.gradeId()));
        }
        for (int i = 0; i < size; i++) {
            Notebook submission = switch (i % 4) {
                case 2 -> blank;
                case 3 -> partial;
                default -> assignment.instructor();
            };
            Files.write(folder.resolve(String.format("student-%03d.ipynb", i + 1)), submission.toJson());
        }
    }
}
