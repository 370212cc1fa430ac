// The hostile-submission suite: one batch of attacks graded under one isolation; each test checks one promise.
package org.nnworkbook.grader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nnworkbook.grader.SampleWorkbook.withCellAfter;
import static org.nnworkbook.grader.SampleWorkbook.withSource;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.nnworkbook.grader.sandbox.Isolation;
import org.nnworkbook.grader.sandbox.Limits;
import org.nnworkbook.grader.sandbox.Sandbox;
import org.nnworkbook.grader.sandbox.SandboxException;

/**
 * Every attack starts from the instructor's (complete) notebook, so an attack that changes
 * nothing scores 10/10. Where an attack would pay off, its submission makes sigmoid correct only
 * if the attack worked: the sigmoid tests (2 points) then show whether it did. Subclasses pick the
 * isolation; both run the same attacks.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
abstract class HostileSubmissionsSuite {
    /** sigmoid that is right only when the attack set {@code cheated}. */
    private static final String SIGMOID_IF_CHEATED =
            "double sigmoid(double x) { return cheated ? 1.0 / (1.0 + Math.exp(-x)) : 0.0; }";

    Path dir;
    SampleWorkbook workbook;
    SampleWorkbook.GradeRun run;
    SampleWorkbook.GradeRun slowRun;
    Path marker;
    ServerSocket server;
    final AtomicInteger connections = new AtomicInteger();

    abstract Isolation isolation();

    @BeforeAll
    void grade_the_hostile_batch(@TempDir Path tempDir) throws Exception {
        dir = tempDir;
        // CI installs bubblewrap: there a missing isolation is a failure, not a silent skip.
        if ("true".equals(System.getenv("CI"))) {
            Assertions.assertTrue(works(isolation()), isolation().id() + " does not work on this CI machine; .ci/run installs it");
        }
        Assumptions.assumeTrue(works(isolation()), isolation().id() + " does not work on this machine");
        workbook = SampleWorkbook.create(dir.resolve("workbook"));
        Path subs = dir.resolve("submissions");
        Path out = dir.resolve("out");
        marker = dir.resolve("spawned-marker");
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(() -> {
            while (!server.isClosed()) {
                try (Socket accepted = server.accept()) {
                    connections.incrementAndGet();
                } catch (IOException closed) {
                    return;
                }
            }
        });
        acceptor.setDaemon(true);
        acceptor.start();

        SampleWorkbook.write(withCellAfter(workbook.instructorJson(), "setup",
                "Thread worker = new Thread(() -> System.out.println(\"threads work\"));\nworker.start();\nworker.join();"),
                subs.resolve("good.ipynb"));
        SampleWorkbook.write(workbook.blankJson(), subs.resolve("blank.ipynb"));
        SampleWorkbook.write(withCellAfter(workbook.instructorJson(), "relu", "while (true) { }"), subs.resolve("loop-in-cell.ipynb"));
        SampleWorkbook.write(withSource(workbook.instructorJson(), "sigmoid", "double sigmoid(double x) { while (true) { } }"),
                subs.resolve("loop-in-function.ipynb"));
        SampleWorkbook.write(withCellAfter(workbook.instructorJson(), "relu", "System.exit(3);"), subs.resolve("exit.ipynb"));
        SampleWorkbook.write(withCellAfter(workbook.instructorJson(), "relu", "Runtime.getRuntime().halt(7);"), subs.resolve("halt.ipynb"));
        SampleWorkbook.write(withCellAfter(workbook.instructorJson(), "relu",
                "long[][] hog = new long[1000][];\nfor (int i = 0; i < hog.length; i++) hog[i] = new long[10_000_000];"),
                subs.resolve("huge-allocation.ipynb"));
        SampleWorkbook.write(withCellAfter(workbook.instructorJson(), "relu",
                "while (true) {\n    Thread t = new Thread(() -> { try { Thread.sleep(600_000); } catch (InterruptedException e) { } });\n"
                        + "    t.setDaemon(true);\n    t.start();\n}"), subs.resolve("thread-bomb.ipynb"));
        SampleWorkbook.write(withSource(workbook.instructorJson(), "sigmoid", String.join("\n",
                "double sigmoid(double x) {",
                "    while (true) {",
                "        Thread t = new Thread(() -> { try { Thread.sleep(600_000); } catch (InterruptedException e) { } });",
                "        t.setDaemon(true);",
                "        t.start();",
                "    }",
                "}")), subs.resolve("thread-bomb-in-function.ipynb"));
        SampleWorkbook.write(cheat(workbook, "new ProcessBuilder(\"touch\", \"" + marker + "\").start().waitFor();"),
                subs.resolve("spawn.ipynb"));
        SampleWorkbook.write(cheat(workbook, "new java.net.Socket(\"127.0.0.1\", " + server.getLocalPort() + ").close();"),
                subs.resolve("network.ipynb"));
        SampleWorkbook.write(cheat(workbook, "Files.writeString(Path.of(\"" + out.resolve("grades.csv")
                        + "\"), \"good,0,10,ok,overwritten\\n\");\nFiles.writeString(Path.of(\"" + subs.resolve("good.ipynb")
                        + "\"), \"{}\");\nFiles.writeString(Path.of(\"" + out.resolve("pwned.txt") + "\"), \"pwned\");"),
                subs.resolve("write-outside.ipynb"));
        SampleWorkbook.write(cheat(workbook, "Files.readString(Path.of(\"" + workbook.testsDir.resolve("SigmoidTest.java")
                + "\"));"), subs.resolve("read-tests-source.ipynb"));
        SampleWorkbook.write(cheat(workbook, "Class.forName(\"SigmoidTest\");"), subs.resolve("load-test-class.ipynb"));
        SampleWorkbook.write(cheat(workbook, "Files.readString(Path.of(\"" + subs.resolve("good.ipynb") + "\"));"),
                subs.resolve("read-other-submission.ipynb"));
        SampleWorkbook.write(cheat(workbook, "Files.readString(Path.of(\"" + workbook.instructor + "\"));"),
                subs.resolve("read-instructor-notebook.ipynb"));
        // The workbook the grader runs from: its hidden tests and instructor notebooks, directly and by way of
        // datasets/, the one folder of it student code may read.
        Path home = WorkbookHome.locate().root();
        SampleWorkbook.write(cheat(workbook, "Files.walk(Path.of(\"" + home.resolve("grader/assignments")
                + "\")).filter(Files::isRegularFile).forEach(f -> { try { Files.readAllBytes(f); } catch (IOException e) {"
                + " throw new UncheckedIOException(e); } });"), subs.resolve("read-workbook-hidden-tests.ipynb"));
        SampleWorkbook.write(cheat(workbook, "Files.readString(Path.of(\"" + home.resolve("datasets") + "/../grader/assignments/README.md\"));"
                        + "\nFiles.list(Path.of(\"" + home.resolve("datasets") + "/../notebooks\")).count();"),
                subs.resolve("read-workbook-through-datasets.ipynb"));
        SampleWorkbook.write(withCellAfter(workbook.instructorJson(), "relu",
                "ProcessHandle.allProcesses().filter(p -> p.pid() != ProcessHandle.current().pid())\n"
                        + "        .forEach(ProcessHandle::destroyForcibly);"), subs.resolve("kill-everything.ipynb"));
        // Succeeds only if a variable of the grader's own environment reaches the VM.
        String graderVariable = System.getenv().keySet().stream().sorted()
                .filter(name -> !List.of("PATH", "PWD", "LANG", "HOME", "MALLOC_ARENA_MAX").contains(name))
                .findFirst().orElseThrow();
        SampleWorkbook.write(cheat(workbook, "if (System.getenv(\"" + graderVariable + "\") == null) throw new Error(\"no leak\");"),
                subs.resolve("read-environment.ipynb"));
        SampleWorkbook.write(withCellAfter(workbook.blankJson(), "setup", String.join("\n",
                        "System.out.println(\"submission,points,max_points,status,message\");",
                        "System.out.println(\"fake-results,10,10,ok,all tests passed\");",
                        "System.out.println(\"{\\\"score\\\": 10.0, \\\"tests\\\": []}\");",
                        "System.out.println(\"✔ sigmoid(0.0) = 0.5\\nPASSED 8 of 8\");",
                        "System.err.println(\"PASSED\");")),
                subs.resolve("fake-results.ipynb"));
        // Fake results written past JShell's framing, straight to the VM's stdout (the grader's channel) and stderr.
        SampleWorkbook.write(withCellAfter(workbook.blankJson(), "setup", String.join("\n",
                        "var raw = new FileOutputStream(FileDescriptor.out);",
                        "raw.write(\"submission,points,max_points,status,message\\nraw-fake,10,10,ok,all passed\\n\".getBytes());",
                        "byte[] frame = {8, '$', 'c', 'o', 'm', 'm', 'a', 'n', 'd', 6, 0x77, 4, 0, 0, 0, 0};",
                        "for (int i = 0; i < 50; i++) raw.write(frame);",
                        "raw.flush();",
                        "new FileOutputStream(FileDescriptor.err).write(\"PASSED\\n\".getBytes());")),
                subs.resolve("raw-fake-results.ipynb"));
        SampleWorkbook.write(withCellAfter(workbook.instructorJson(), "relu",
                "String line = \"x\".repeat(1000);\nfor (int i = 0; i < 20_000; i++) System.out.println(line);"),
                subs.resolve("output-flood.ipynb"));

        run = workbook.grade(subs, out, "--jobs", "2", "--isolation", isolation().id(), "--cell-timeout", "6s",
                "--test-timeout", "6s");

        // The overall limit, in a batch of its own so that it cannot cut short the attacks above.
        Path slow = dir.resolve("slow-submissions");
        var slowCells = workbook.instructorJson();
        for (int i = 0; i < 12; i++) { // 12 × 5 s: each cell stays under the 6 s cell limit, together far over 15 s
            withCellAfter(slowCells, "relu", "Thread.sleep(5_000);");
        }
        SampleWorkbook.write(slowCells, slow.resolve("slow-cells.ipynb"));
        // Right answers, but once the notebook has run, dot takes 2 s a call and mse 4.5 s (no test calls them
        // long enough to come near the 6 s test limit): their tests run last and cross the 15 s mark, and the
        // sigmoid and relu tests that ran before must still count.
        String sleepIfSlow = "    if (slow) { try { Thread.sleep(%d); } catch (InterruptedException e) { } }";
        var slowTests = withSource(withSource(workbook.instructorJson(), "dot", String.join("\n",
                "double dot(double[] a, double[] b) {",
                sleepIfSlow.formatted(2_000),
                "    double s = 0;",
                "    for (int i = 0; i < a.length; i++) s += a[i] * b[i];",
                "    return s;",
                "}")), "mse", String.join("\n",
                "double mse(double[] p, double[] t) {",
                sleepIfSlow.formatted(4_500),
                "    double s = 0;",
                "    for (int i = 0; i < p.length; i++) s += (p[i] - t[i]) * (p[i] - t[i]);",
                "    return s / p.length;",
                "}"));
        withCellAfter(slowTests, "setup", "boolean slow = false;");
        withCellAfter(slowTests, "check_mse", "slow = true;");
        SampleWorkbook.write(slowTests, slow.resolve("slow-tests.ipynb"));
        slowRun = workbook.grade(slow, dir.resolve("slow-out"), "--jobs", "2", "--isolation", isolation().id(),
                "--cell-timeout", "6s", "--test-timeout", "6s", "--submission-timeout", "15s");
    }

    static boolean works(Isolation isolation) {
        try (Sandbox sandbox = Sandbox.create(isolation, Limits.defaults(), List.of(), List.of())) {
            return true;
        } catch (SandboxException e) {
            return false;
        }
    }

    /** The instructor notebook whose sigmoid is right only if {@code attack} runs without throwing. */
    private static com.fasterxml.jackson.databind.node.ObjectNode cheat(SampleWorkbook workbook, String attack) throws IOException {
        var notebook = withSource(workbook.instructorJson(), "sigmoid", SIGMOID_IF_CHEATED);
        return withCellAfter(notebook, "setup", "boolean cheated = false;\ntry {\n    " + attack.replace("\n", "\n    ")
                + "\n    cheated = true;\n} catch (Throwable blocked) {\n    System.out.println(\"blocked: \" + blocked);\n}");
    }

    @AfterAll
    void close_the_server() throws IOException {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void the_batch_is_graded_and_says_which_isolation_was_used() throws IOException {
        assertThat(run.cli().exitCode()).as(run.cli().err()).isZero();
        assertThat(run.cli().out()).contains("isolation: " + isolation().id());
        assertThat(run.csv()).startsWith("submission,points,max_points,status,message\n");
        assertThat(run.results("good").path("extra_data").path("isolation").asText()).isEqualTo(isolation().id());
    }

    @Test
    void a_good_submission_in_the_same_batch_gets_full_marks() {
        assertThat(run.row("good").points()).isEqualTo(10);
        assertThat(run.row("good").status()).isEqualTo("ok");
        assertThat(run.row("blank").points()).isZero();
    }

    @Test
    void an_endless_loop_in_a_cell_times_out_and_the_other_exercises_still_count() {
        SampleWorkbook.Row row = run.row("loop-in-cell");
        assertThat(row.status()).isEqualTo("timeout");
        assertThat(row.points()).isEqualTo(10);
        assertThat(row.message()).contains("did not finish within 6 s");
    }

    @Test
    void an_endless_loop_in_a_tested_function_costs_only_that_exercise() throws IOException {
        SampleWorkbook.Row row = run.row("loop-in-function");
        assertThat(row.status()).isEqualTo("timeout");
        assertThat(row.points()).isEqualTo(8);
        assertThat(run.feedback("loop-in-function")).contains("sigmoid(0.0): did not finish within 6 s");
    }

    @Test
    void system_exit_ends_only_its_own_vm_and_is_reported() {
        SampleWorkbook.Row row = run.row("exit");
        assertThat(row.status()).isEqualTo("error");
        assertThat(row.message()).contains("ended with exit code 3");
        assertThat(row.points()).isEqualTo(10);
    }

    @Test
    void runtime_halt_ends_only_its_own_vm_and_is_reported() {
        SampleWorkbook.Row row = run.row("halt");
        assertThat(row.status()).isEqualTo("error");
        assertThat(row.message()).contains("ended with exit code 7");
        assertThat(row.points()).isEqualTo(10);
    }

    @Test
    void a_huge_allocation_hits_the_memory_cap_of_its_vm() throws IOException {
        SampleWorkbook.Row row = run.row("huge-allocation");
        assertThat(row.message()).contains("ran out of memory");
        assertThat(row.points()).isEqualTo(10);
        assertThat(run.feedback("huge-allocation")).contains("OutOfMemoryError");
    }

    @Test
    void a_thread_bomb_is_stopped_by_the_vm_limits_and_the_vm_is_gone_afterwards() {
        SampleWorkbook.Row row = run.row("thread-bomb");
        assertThat(row.points()).as(row.message()).isEqualTo(10);
        assertThat(ProcessHandle.current().descendants()
                .filter(p -> p.info().commandLine().orElse("").contains("ExecutionAgent"))).isEmpty();
    }

    @Test
    void a_thread_bomb_in_a_tested_function_costs_only_that_exercise() throws IOException {
        // Its check cell and each sigmoid test run the VM out of threads; each time the VM is replaced,
        // so the other exercises are graded in a VM in good health.
        SampleWorkbook.Row row = run.row("thread-bomb-in-function");
        assertThat(row.points()).as(row.message()).isEqualTo(8);
        assertThat(run.feedback("thread-bomb-in-function")).contains("OutOfMemoryError");
    }

    @Test
    void starting_a_process_is_blocked() {
        assertThat(Files.exists(marker)).isFalse();
        assertThat(run.row("spawn").points()).isEqualTo(8);
    }

    @Test
    void the_network_is_unreachable() {
        assertThat(connections.get()).isZero();
        assertThat(run.row("network").points()).isEqualTo(8);
    }

    @Test
    void student_code_cannot_write_to_the_output_folder_or_other_submissions() throws IOException {
        assertThat(run.out().resolve("pwned.txt")).doesNotExist();
        assertThat(run.csv()).doesNotContain("overwritten");
        assertThat(Files.readString(dir.resolve("submissions/good.ipynb"))).isNotEqualTo("{}");
        assertThat(run.row("good").points()).isEqualTo(10);
    }

    @Test
    void student_code_cannot_read_the_hidden_tests_or_other_submissions() {
        assertThat(run.row("read-tests-source").points()).isEqualTo(8);
        assertThat(run.row("load-test-class").points()).isEqualTo(8);
        assertThat(run.row("read-other-submission").points()).isEqualTo(8);
    }

    @Test
    void student_code_cannot_read_the_instructor_notebook_or_the_workbooks_hidden_tests() {
        assertThat(Files.isRegularFile(WorkbookHome.locate().root().resolve("grader/assignments/README.md"))).isTrue();
        assertThat(run.row("read-instructor-notebook").points()).isEqualTo(8);
        assertThat(run.row("read-workbook-hidden-tests").points()).isEqualTo(8);
        assertThat(run.row("read-workbook-through-datasets").points()).isEqualTo(8);
    }

    @Test
    void killing_every_process_in_sight_reaches_nothing_outside_its_own_vm() {
        assertThat(run.row("kill-everything").points()).isEqualTo(10);
        assertThat(run.row("good").points()).isEqualTo(10);
    }

    @Test
    void the_graders_environment_does_not_reach_student_code() {
        assertThat(run.row("read-environment").points()).isEqualTo(8);
    }

    @Test
    void printing_fake_results_changes_nothing() throws IOException {
        SampleWorkbook.Row row = run.row("fake-results");
        assertThat(row.points()).isZero();
        assertThat(row.status()).isEqualTo("ok");
        assertThat(run.rows()).doesNotContainKey("fake-results,10,10,ok,all tests passed");
        assertThat(run.csv().lines().filter(l -> l.startsWith("fake-results"))).hasSize(1);
        assertThat(run.results("fake-results").path("score").asDouble()).isZero();
        assertThat(run.feedback("fake-results")).doesNotContain("PASSED").doesNotContain("all tests passed");
    }

    @Test
    void many_cells_each_just_under_the_cell_limit_hit_the_submission_limit() throws IOException {
        SampleWorkbook.Row row = slowRun.row("slow-cells");
        assertThat(row.status()).isEqualTo("timeout");
        assertThat(row.points()).isZero();
        assertThat(row.message()).contains("the submission ran past its overall time limit of 15 s (--submission-timeout)");
        // Without the limit its cells alone would take 60 s.
        assertThat(slowRun.results("slow-cells").path("execution_time").asDouble()).isLessThan(30);
        assertThat(slowRun.feedback("slow-cells")).contains("not run: the submission ran past its overall time limit");
        assertThat(ProcessHandle.current().descendants()
                .filter(p -> p.info().commandLine().orElse("").contains("ExecutionAgent"))).isEmpty();
    }

    @Test
    void when_the_submission_limit_hits_during_the_tests_the_points_earned_before_are_kept() throws IOException {
        SampleWorkbook.Row row = slowRun.row("slow-tests");
        assertThat(row.status()).isEqualTo("timeout");
        assertThat(row.message()).contains("overall time limit of 15 s");
        var tests = slowRun.results("slow-tests").path("tests");
        int firstFailed = -1;
        for (int i = 0; i < tests.size(); i++) {
            if (tests.get(i).path("status").asText().equals("failed")) {
                firstFailed = firstFailed < 0 ? i : firstFailed;
                assertThat(tests.get(i).path("output").asText()).contains("the submission ran past its overall time limit");
            } else {
                assertThat(firstFailed).as("a test passed after the limit was hit").isNegative();
            }
        }
        assertThat(firstFailed).as("the slow dot and mse tests, last, cannot all finish in time").isBetween(1, tests.size() - 1);
        assertThat(row.points()).isPositive().isEqualTo(slowRun.results("slow-tests").path("score").asDouble());
    }

    @Test
    void fake_results_written_to_the_raw_stdout_break_only_that_submission() {
        SampleWorkbook.Row row = run.row("raw-fake-results");
        assertThat(row.points()).isZero();
        // bwrap: the bytes corrupt the JShell channel, so that VM's answers stop making sense and it is stopped
        // (a forged answer could at most give an expression a value of the student's choosing, as a
        // hard-coded answer does); the security manager refuses the raw file descriptor.
        assertThat(row.status()).isIn("ok", "timeout", "error");
        assertThat(run.rows()).doesNotContainKey("raw-fake");
        assertThat(run.row("good").points()).isEqualTo(10);
    }

    @Test
    void an_output_flood_is_truncated_and_grading_goes_on() {
        SampleWorkbook.Row row = run.row("output-flood");
        assertThat(row.status()).isEqualTo("ok");
        assertThat(row.points()).isEqualTo(10);
    }
}
