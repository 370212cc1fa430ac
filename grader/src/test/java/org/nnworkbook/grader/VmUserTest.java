// Execution VMs started as another user (what the Gradescope autograder does as root), under each real isolation.
package org.nnworkbook.grader;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.nnworkbook.grader.assignment.Assignment;
import org.nnworkbook.grader.grading.SubmissionGrader;
import org.nnworkbook.grader.release.StudentVersion;
import org.nnworkbook.grader.result.SubmissionResult;
import org.nnworkbook.grader.result.TestResult;
import org.nnworkbook.grader.sandbox.Isolation;
import org.nnworkbook.grader.sandbox.Limits;
import org.nnworkbook.grader.sandbox.Sandbox;
import org.nnworkbook.grader.sandbox.VmUser;

/**
 * Only root may start a process as another user, so this runs when the tests run as root (as
 * here and in CI); the user is {@code nobody}, which every Debian and Ubuntu machine has. The
 * student's relu reports the user it runs as (under bwrap its ids from /proc, as the sandbox has no
 * /etc/passwd to name it; under the security manager, which keeps it out of /proc, its name) and
 * whether it can read the hidden test's source.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class VmUserTest {
    @ParameterizedTest
    @EnumSource(value = Isolation.class, names = {"BWRAP", "SECURITY_MANAGER"})
    void student_code_runs_as_the_given_user_and_the_sample_still_gets_full_marks(Isolation isolation, @TempDir Path dir)
            throws Exception {
        Assumptions.assumeTrue("root".equals(System.getProperty("user.name")), "only root may run code as another user");
        Assumptions.assumeTrue(HostileSubmissionsSuite.works(isolation), isolation.id() + " does not work on this machine");
        Process id = new ProcessBuilder("id", "-u", "nobody").start();
        String uidOfNobody = new String(id.getInputStream().readAllBytes()).strip();
        assertThat(id.waitFor()).isZero();
        SampleWorkbook workbook = SampleWorkbook.create(dir.resolve("workbook"));
        Path hidden = workbook.testsDir.resolve("ReluTest.java");
        Path probe = dir.resolve("probe.ipynb");
        SampleWorkbook.write(SampleWorkbook.withSource(workbook.instructorJson(), "relu", """
                double relu(double x) {
                    String read;
                    try {
                        read = "" + java.nio.file.Files.readString(java.nio.file.Path.of("%s")).length();
                    } catch (Exception | Error e) {
                        read = e.getClass().getSimpleName();
                    }
                    String who;
                    try {
                        who = java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/self/status")).stream()
                                .filter(l -> l.startsWith("Uid:")).findFirst().orElse("?").replace('\\t', ' ');
                    } catch (Exception | Error e) {
                        who = "name " + System.getProperty("user.name");
                    }
                    throw new IllegalStateException(who + " read=" + read);
                }""".formatted(hidden)), probe);
        try (Assignment assignment = Assignment.load(workbook.instructor, null);
             Sandbox sandbox = Sandbox.create(isolation, Limits.defaults(), readableByAll(WorkbookHome.locate().studentClasspath()),
                     List.of(), VmUser.named("nobody"))) {
            assertThat(sandbox.summary()).contains("student code runs as user nobody");
            SubmissionGrader grader = new SubmissionGrader(assignment, StudentVersion.of(assignment), sandbox);
            SubmissionResult complete = grader.grade("complete", workbook.instructor);
            assertThat(complete.points()).as(complete.message()).isEqualTo(10.0);
            SubmissionResult probed = grader.grade("probe", probe);
            TestResult relu = probed.tests().stream().filter(t -> t.name().equals("relu keeps positive numbers"))
                    .findFirst().orElseThrow();
            String runsAs = isolation == Isolation.BWRAP ? "Uid: " + uidOfNobody + " " + uidOfNobody : "name nobody";
            assertThat(String.join("\n", relu.lines())).contains(runsAs).containsPattern("read=[A-Za-z]+Exception");
        }
        assertThat(Files.exists(hidden)).isTrue();
    }

    /**
     * Copies of the classpath that any user can read. Gradescope's setup.sh opens the classpath to the
     * student's user; here the clone may sit in a folder only root can enter (mktemp -d makes it 700).
     */
    private static List<Path> readableByAll(List<Path> classpath) throws IOException {
        Path folder = Files.createTempDirectory("nn-vmuser-classpath-");
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        folder.toFile().deleteOnExit();
        List<Path> copies = new ArrayList<>();
        for (Path entry : classpath) {
            Path copy = folder.resolve(entry.getFileName());
            Files.copy(entry, copy);
            Files.setPosixFilePermissions(copy, PosixFilePermissions.fromString("rw-r--r--"));
            copy.toFile().deleteOnExit();
            copies.add(copy);
        }
        return copies;
    }
}
